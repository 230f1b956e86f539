package org.eduaid.benchmarks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.eduaid.benchmarks.OptionValues;
import org.eduaid.benchmarks.StoreKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecurityBenchmarkOptionsTest {

    @Test
    void defaultsAreSixteenClientsTenSecondsWarmUpThirtyMeasuredAndTheLaunchersJvmOptions() {
        SecurityBenchmarkOptions options = SecurityBenchmarkOptions.parse();

        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.schools()).isEqualTo(1_000);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.javaOpts()).containsExactly("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(options.store()).isEqualTo(StoreKind.MEMORY);
        assertThat(options.home()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(options.schedule()).isEqualTo(Schedule.SEQUENTIAL);
        assertThat(options.slice()).as("one run of the whole duration").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anInterleavedScheduleCutsTheDurationIntoSlices() {
        SecurityBenchmarkOptions options = SecurityBenchmarkOptions.parse("--schedule=interleaved", "--duration=60s",
                "--slices=4");

        assertThat(options.schedule()).isEqualTo(Schedule.INTERLEAVED);
        assertThat(options.slices()).isEqualTo(4);
        assertThat(options.slice()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void everyOptionCanBeGiven() {
        SecurityBenchmarkOptions options = SecurityBenchmarkOptions.parse("--clients=4", "--warmup=500ms",
                "--duration=2m", "--schools=50", "--seed=7", "--java-opts=-Xmx1g  -XX:+UseParallelGC", "--store=h2",
                "--home=/srv/eduaid");

        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.warmUp()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.schools()).isEqualTo(50);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.javaOpts()).containsExactly("-Xmx1g", "-XX:+UseParallelGC");
        assertThat(options.store()).isEqualTo(StoreKind.H2);
        assertThat(options.home()).isEqualTo(Path.of("/srv/eduaid"));
    }

    @Test
    void slicesShorterThanASecondAreRefused() {
        assertThatThrownBy(() -> SecurityBenchmarkOptions.parse("--schedule=interleaved", "--duration=5s", "--slices=6"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyJavaOptionsMeanNone() {
        SecurityBenchmarkOptions options = SecurityBenchmarkOptions.parse("--java-opts=");

        assertThat(options.javaOpts()).isEmpty();
        assertThat(options.describeJavaOpts()).isEqualTo("(none)");
    }

    @ParameterizedTest
    @CsvSource({ "30, PT30S", "30s, PT30S", "250ms, PT0.25S", "2m, PT2M", "0s, PT0S" })
    void durationsTakeAUnitOrMeanSeconds(String text, Duration expected) {
        assertThat(OptionValues.duration("--duration", text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "--duration=0s", "--duration=ten", "--warmup=-1s", "--clients=0", "--schools=0",
            "--store=postgres", "--threads=4", "--clients", "--schedule=random", "--slices=0",
            "--duration=10m", "--warmup=10m" })
    void nonsenseAndRunsOutlivingTheTokensAreRefusedBeforeAnythingStarts(String argument) {
        assertThatThrownBy(() -> SecurityBenchmarkOptions.parse(argument)).isInstanceOf(IllegalArgumentException.class);
    }
}
