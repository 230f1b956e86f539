package org.eduaid.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarksTest {

    @Test
    void theHopRunsWhenNoBenchmarkIsNamedSoItsCommandLineStillWorks() {
        Benchmarks.Selection selection = Benchmarks.select("--events=50000", "--store=h2");

        assertThat(selection.benchmark()).isEqualTo("hop");
        assertThat(selection.arguments()).containsExactly("--events=50000", "--store=h2");
    }

    @Test
    void theSwitchNamesTheBenchmarkAndIsNotPassedOn() {
        Benchmarks.Selection selection = Benchmarks.select("--clients=8", "--benchmark=security", "--duration=5s");

        assertThat(selection.benchmark()).isEqualTo("security");
        assertThat(selection.arguments()).containsExactly("--clients=8", "--duration=5s");
    }
}
