package org.eduaid.benchmarks.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eduaid.benchmarks.StageResult;
import org.junit.jupiter.api.Test;

class SubsidyTableTest {

    private final SubsidyBenchmarkOptions options = SubsidyBenchmarkOptions.parse();
    private final SubsidyTable.Environment environment = new SubsidyTable.Environment("17", 2, 1.5, 2.5,
            "2026-2027-1", 1_400);
    private final StageResult raw = StageResult.of("raw store bulk insertMany", 100_000, Duration.ofSeconds(10).toNanos());

    @Test
    void aSealUnder60SecondsMeetsTheTargetAndEveryStageIsSetAgainstTheRawRate() {
        StageResult seal = StageResult.of("batch sealed (Idempotency-Key)", 100_000, Duration.ofSeconds(40).toNanos());
        SubsidyTable table = new SubsidyTable(options, environment, raw,
                List.of(new SubsidyTable.Row(seal, "payments (0 held)")), Optional.of(seal), List.of());

        List<String> lines = table.lines();

        assertThat(lines.get(1)).contains("100000").contains("10.00").contains("100 %");
        assertThat(lines.get(2)).contains("batch sealed").contains("40.00").contains("2500").contains("25 %");
        assertThat(lines).anyMatch(line -> line.startsWith("target: term's batch sealed in under 60 s: met"));
        assertThat(lines).contains("checks: passed");
    }

    @Test
    void aSlowSealOrNoneMissesIt() {
        StageResult slow = StageResult.of("batch sealed (Idempotency-Key)", 100_000, Duration.ofSeconds(61).toNanos());

        assertThat(new SubsidyTable(options, environment, raw, List.of(), Optional.of(slow), List.of()).verdict())
                .startsWith("target: term's batch sealed in under 60 s: NOT met");
        assertThat(new SubsidyTable(options, environment, raw, List.of(), Optional.empty(), List.of("boom")).lines())
                .contains("target: term's batch sealed in under 60 s: NOT met (the seal did not run)",
                        "checks FAILED: boom");
    }
}
