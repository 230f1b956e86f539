package org.eduaid.benchmarks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesAreNearestRankSoEachIsALatencyThatWasObserved() {
        long[] shuffled = { 70, 10, 100, 40, 20, 90, 30, 60, 50, 80 };

        LatencySummary summary = LatencySummary.of(shuffled);

        assertThat(summary.count()).isEqualTo(10);
        assertThat(summary.p50Micros()).isEqualTo(50);
        assertThat(summary.p99Micros()).isEqualTo(100);
        assertThat(summary.maxMicros()).isEqualTo(100);
        assertThat(summary.meanMicros()).isEqualTo(55.0);
        assertThat(shuffled[0]).as("the caller's array is left as it was").isEqualTo(70);
    }

    @Test
    void p99OfAThousandIsTheNineHundredNinetiethValue() {
        long[] oneToThousand = LongStream.rangeClosed(1, 1_000).toArray();

        LatencySummary summary = LatencySummary.of(oneToThousand);

        assertThat(summary.p50Micros()).isEqualTo(500);
        assertThat(summary.p99Micros()).isEqualTo(990);
        assertThat(summary.maxMicros()).isEqualTo(1_000);
    }

    @Test
    void aSingleLatencyIsEveryPercentile() {
        LatencySummary summary = LatencySummary.of(new long[] { 1_234 });

        assertThat(summary.p50Micros()).isEqualTo(1_234);
        assertThat(summary.p99Micros()).isEqualTo(1_234);
        assertThat(summary.maxMicros()).isEqualTo(1_234);
    }

    @Test
    void noLatenciesIsAnError() {
        assertThatThrownBy(() -> LatencySummary.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
