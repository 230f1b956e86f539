package org.eduaid.benchmarks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final Figures OFF = figures(1_000, 10_000, 40_000, 2_000);

    @Test
    void securityWithinOnePointThreeOfOffOnP99AndThroughputMeetsTheTarget() {
        Verdict verdict = Verdict.of(figures(800, 11_000, 52_000, 2_400), OFF);

        assertThat(verdict.p99Ratio()).isCloseTo(1.3, within(1e-9));
        assertThat(verdict.throughputRatio()).isCloseTo(0.8, within(1e-9));
        assertThat(verdict.throughputCost()).isCloseTo(1.25, within(1e-9));
        assertThat(verdict.cpuRatio()).isCloseTo(1.2, within(1e-9));
        assertThat(verdict.met()).isTrue();
    }

    @Test
    void aP99AboveOnePointThreeMissesTheTargetWhateverTheThroughput() {
        assertThat(Verdict.of(figures(1_000, 10_000, 52_100, 2_000), OFF).met()).isFalse();
    }

    @Test
    void lessThanAboutSeventySevenPercentOfTheThroughputMissesTheTarget() {
        assertThat(Verdict.of(figures(769, 10_000, 40_000, 2_000), OFF).met()).as("1000 / 769 = 1.3004").isFalse();
        assertThat(Verdict.of(figures(770, 10_000, 40_000, 2_000), OFF).met()).as("1000 / 770 = 1.2987").isTrue();
    }

    @Test
    void addedWorkLengthensLatenciesAndCpuAndShrinksThroughputByLittlesLaw() {
        Figures secured = figures(1_000, 10_000, 40_000, 2_000);

        Figures estimate = secured.withAddedWork(16_000, 400_000);

        assertThat(estimate.p50Micros()).isEqualTo(10_400);
        assertThat(estimate.p99Micros()).isEqualTo(40_400);
        assertThat(estimate.cpuMicrosPerRequest()).isCloseTo(2_400, within(1e-9));
        assertThat(estimate.perSecond()).as("16 clients: 1000 / s at 16 ms become 16 / 16.4 ms")
                .isCloseTo(1_000 * 16.0 / 16.4, within(1e-9));
        assertThat(estimate.maxMicros()).as("a maximum cannot be estimated").isEmpty();
        assertThat(estimate.estimate()).isTrue();
    }

    private static Figures figures(double perSecond, long p50, long p99, double cpu) {
        return new Figures(perSecond, p50, p99, OptionalLong.of(p99 * 2), cpu, false);
    }
}
