package org.eduaid.benchmarks.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.eduaid.benchmarks.ServiceEnvironment;
import org.eduaid.benchmarks.StoreKind;
import org.eduaid.contracts.EventTypes;
import org.eduaid.contracts.enrollment.RosterChildRecorded;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.junit.jupiter.api.Test;

class ImportBenchmarkOptionsTest {

    @Test
    void defaultsAreTheIssuesFileOnTheEmbeddedStoreWithA512MegabyteService() {
        ImportBenchmarkOptions options = ImportBenchmarkOptions.parse();

        assertThat(options.rows()).isEqualTo(200_833);
        assertThat(options.kind()).isEqualTo(ImportKind.STUDENTS);
        assertThat(options.store()).isEqualTo(StoreKind.H2);
        assertThat(options.serviceJvmOptions()).containsExactly("-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1");
        assertThat(options.schools()).isEqualTo(100);
        assertThat(options.batch()).isEqualTo(500);
        assertThat(options.deadline()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(options.home()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(options.warmUpRows()).isEqualTo(10_041);
    }

    @Test
    void everyOptionCanBeGiven() {
        ImportBenchmarkOptions options = ImportBenchmarkOptions.parse("--rows=1_000", "--kind=roster", "--store=memory",
                "--service-heap=1g", "--java-opts=-XX:+UseG1GC", "--schools=10", "--seed=7", "--batch=1000",
                "--timeout=2m", "--deadline=90", "--home=/tmp");

        assertThat(options.rows()).isEqualTo(1_000);
        assertThat(options.kind()).isEqualTo(ImportKind.ROSTER);
        assertThat(options.store()).isEqualTo(StoreKind.MEMORY);
        assertThat(options.describeServiceJvm()).isEqualTo("-Xmx1g -XX:+UseG1GC");
        assertThat(options.schools()).isEqualTo(10);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.batch()).isEqualTo(1_000);
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.deadline()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.home()).isEqualTo(Path.of("/tmp"));
        assertThat(options.warmUpRows()).isEqualTo(1_000);
    }

    @Test
    void theServicesOptionsEndItOnAnOutOfMemoryError() {
        assertThat(ImportBenchmark.serviceJvmOptions(ImportBenchmarkOptions.parse("--java-opts=")))
                .containsExactly("-Xmx512m", "-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void theServiceGetsTheTestKitsPrivacyKeys() {
        assertThat(ServiceEnvironment.privacyKeys()).containsOnlyKeys("EDUAID_PRIVACY_KEYS", "EDUAID_PRIVACY_ACTIVE_KEY",
                "EDUAID_BLIND_INDEX_KEY");
    }

    @Test
    void wrongOptionsAreRefused() {
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--rows")).hasMessageContaining("--name=value");
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--events=5")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--rows=0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--schools=1")).hasMessageContaining("--schools");
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--kind=teachers")).hasMessageContaining("--kind");
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--store=both")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--service-heap=lots")).hasMessageContaining("--service-heap");
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--java-opts=-Xmx2g"))
                .hasMessageContaining("--service-heap");
        assertThatThrownBy(() -> ImportBenchmarkOptions.parse("--timeout=soon")).hasMessageContaining("--timeout");
    }

    @Test
    void theKindsCountTheEventsTheirContractsName() {
        assertThat(ImportKind.STUDENTS.createdEventType()).isEqualTo(EventTypes.logicalTypeOf(StudentRegistered.class));
        assertThat(ImportKind.ROSTER.createdEventType()).isEqualTo(EventTypes.logicalTypeOf(RosterChildRecorded.class));
        assertThat(ImportKind.STUDENTS.createdEventName()).isEqualTo("StudentRegistered");
        assertThat(ImportKind.named("roster").path()).isEqualTo("/api/enrollment/imports/roster");
    }
}
