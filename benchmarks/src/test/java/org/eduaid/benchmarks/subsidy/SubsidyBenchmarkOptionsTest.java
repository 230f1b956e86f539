package org.eduaid.benchmarks.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.eduaid.benchmarks.StoreKind;
import org.junit.jupiter.api.Test;

class SubsidyBenchmarkOptionsTest {

    @Test
    void defaultsAreTheIssuesFigures() {
        SubsidyBenchmarkOptions options = SubsidyBenchmarkOptions.parse();

        assertThat(options.students()).isEqualTo(200_833);
        assertThat(options.boarders()).isEqualTo(100_000);
        assertThat(options.store()).isEqualTo(StoreKind.H2);
        assertThat(options.withService()).isTrue();
        assertThat(options.countyCode()).isEqualTo("150424");
        assertThat(options.provinceCode()).isEqualTo("15");
        assertThat(options.batch()).isEqualTo(1_000);
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(options.serviceJvmOptions()).containsExactly("-Xmx1g", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
        assertThat(options.home()).isEqualTo(Path.of("").toAbsolutePath().normalize());
    }

    @Test
    void everyOptionIsRead() {
        SubsidyBenchmarkOptions options = SubsidyBenchmarkOptions.parse("--students=2_000", "--boarders=900",
                "--store=memory", "--service=none", "--service-heap=768m", "--java-opts=-XX:+UseParallelGC",
                "--county=530102", "--seed=7", "--batch=500", "--timeout=5m", "--home=/tmp");

        assertThat(options).isEqualTo(new SubsidyBenchmarkOptions(2_000, 900, StoreKind.MEMORY, false, "768m",
                java.util.List.of("-XX:+UseParallelGC"), "530102", 7, 500, Duration.ofMinutes(5), Path.of("/tmp")));
    }

    @Test
    void boardersFollowAStudentCountGivenAlone() {
        assertThat(SubsidyBenchmarkOptions.parse("--students=2000").boarders()).isEqualTo(996);
    }

    @Test
    void nonsenseIsRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> SubsidyBenchmarkOptions.parse("--rows=5")).hasMessageContaining("--students");
        assertThatThrownBy(() -> SubsidyBenchmarkOptions.parse("--service=docker")).hasMessageContaining("--service");
        assertThatThrownBy(() -> SubsidyBenchmarkOptions.parse("--county=150400")).hasMessageContaining("--county");
        assertThatThrownBy(() -> SubsidyBenchmarkOptions.parse("--java-opts=-Xmx2g")).hasMessageContaining("--service-heap");
        assertThatThrownBy(() -> SubsidyBenchmarkOptions.parse("--students=100", "--boarders=90"))
                .hasMessageContaining("compulsory");
        assertThatThrownBy(() -> SubsidyBenchmarkOptions.parse("--students")).hasMessageContaining("--name=value");
    }
}
