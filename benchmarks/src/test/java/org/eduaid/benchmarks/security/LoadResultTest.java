package org.eduaid.benchmarks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoadResultTest {

    @Test
    void slicesMergeIntoOneCaseWithAllTheirRequestsTimeAndLatencies() {
        LoadResult first = new LoadResult(3, 0, Duration.ofSeconds(1), new long[] { 100, 300, 200 }, List.of());
        LoadResult second = new LoadResult(2, 1, Duration.ofSeconds(1), new long[] { 900, 400 },
                List.of("HTTP 401 for school 2000000001: "));

        LoadResult merged = LoadResult.merge(List.of(first, second));

        assertThat(merged.answered()).isEqualTo(5);
        assertThat(merged.errors()).isEqualTo(1);
        assertThat(merged.perSecond()).isEqualTo(2.5);
        assertThat(merged.latency().p50Micros()).isEqualTo(300);
        assertThat(merged.latency().maxMicros()).isEqualTo(900);
        assertThat(merged.errorSamples()).containsExactly("HTTP 401 for school 2000000001: ");
    }

    @Test
    void aClientsTallyKeepsItsLatenciesInMicrosecondsAndAFewErrors() {
        ClientTally tally = new ClientTally();
        for (int i = 0; i < 5_000; i++) {
            tally.answered(0, 1_500_000);
        }
        for (int i = 0; i < 5; i++) {
            tally.failed("timeout " + i);
        }

        LoadResult result = LoadResult.of(List.of(tally, new ClientTally()), Duration.ofSeconds(2));

        assertThat(result.answered()).isEqualTo(5_000);
        assertThat(result.latency().p99Micros()).isEqualTo(1_500);
        assertThat(result.errors()).isEqualTo(5);
        assertThat(result.errorSamples()).containsExactly("timeout 0", "timeout 1", "timeout 2");
    }
}
