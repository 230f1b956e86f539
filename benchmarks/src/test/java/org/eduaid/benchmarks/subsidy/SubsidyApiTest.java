package org.eduaid.benchmarks.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eduaid.benchmarks.BenchmarkFailure;
import org.junit.jupiter.api.Test;

class SubsidyApiTest {

    private final SubsidyApi api = new SubsidyApi(URI.create("http://127.0.0.1:1"), "150424");

    @Test
    void theProgrammeIsABoardingAllowanceOfTheCountyPerTerm() {
        Map<String, Object> body = SubsidyApi.boardingAllowance("BENCH-BOARDING-150424", "150424",
                LocalDate.of(2026, 9, 1), 50_000, 62_500);

        assertThat(body).containsEntry("kind", "LIVING_ALLOWANCE").containsEntry("validFrom", "2026-09-01")
                .containsEntry("stages", List.of("PRIMARY", "JUNIOR_SECONDARY"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = ((List<Map<String, Object>>) body.get("rules")).get(0);
        assertThat(rule).containsEntry("anyOfFlags", List.of("REGISTERED_POOR")).containsEntry("boarding", true)
                .containsEntry("regionPrefixes", List.of("150424"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> standards = (List<Map<String, Object>>) body.get("standards");
        assertThat(standards).extracting(standard -> standard.get("unit")).containsOnly("TERM");
        assertThat(standards).extracting(standard -> standard.get("amountFen")).containsExactly(50_000L, 62_500L);
        assertThat(standards).extracting(standard -> standard.get("regionPrefix")).containsOnly("150424");
    }

    @Test
    void idsComeFromTheBodyOrTheLocation() {
        assertThat(api.idOf("x", "{\"id\":\"r-1\"}", null)).isEqualTo("r-1");
        assertThat(api.idOf("x", "{\"batchId\":\"150424~P~2026-2027-1\",\"state\":\"DRAFT\"}", null))
                .isEqualTo("150424~P~2026-2027-1");
        assertThat(api.idOf("x", "", "/api/subsidies/notices/n-7")).isEqualTo("n-7");
        assertThatThrownBy(() -> api.idOf("publish notice", "{}", null)).isInstanceOf(BenchmarkFailure.class)
                .hasMessageContaining("publish notice");
    }

    @Test
    void statesAreReadAsThePlanNamesThem() {
        assertThat(new SubsidyApi.Notice("n", "PUBLISHING").busy()).isTrue();
        assertThat(new SubsidyApi.Notice("n", "CLOSED").closed()).isTrue();
        assertThat(new SubsidyApi.Batch("b", "SEALED", 2, 1, 0, 1).sealed()).isTrue();
        assertThat(new SubsidyApi.Reevaluation("DONE", 1, 1, 0, "").done()).isTrue();
    }
}
