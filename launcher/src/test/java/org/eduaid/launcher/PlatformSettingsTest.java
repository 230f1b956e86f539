package org.eduaid.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    private static final Path REPO = Path.of("/srv/eduaid");

    @Test
    void defaultsSuitADeveloperMachine() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of(), REPO);

        assertThat(settings.home()).isEqualTo(REPO);
        assertThat(settings.dataDir()).isEqualTo(REPO.resolve("data"));
        assertThat(settings.logDir()).isEqualTo(REPO.resolve("data/logs"));
        assertThat(settings.kafkaDir()).isEqualTo(REPO.resolve("data/kafka"));
        assertThat(settings.mongoDir()).isEqualTo(REPO.resolve("data/mongo"));
        assertThat(settings.secretsDir()).isEqualTo(REPO.resolve("data/secrets"));
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.appPorts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PlatformApp.IDENTITY_PROVIDER, 9000, PlatformApp.GATEWAY, 8080, PlatformApp.ENROLLMENT, 8081,
                PlatformApp.SUBSIDY, 8082, PlatformApp.TEACHER, 8083, PlatformApp.REPORTING, 8084));
        assertThat(settings.serviceJavaOpts()).containsExactly("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void everySettingHasAnEnvironmentVariable() {
        Map<String, String> env = Map.ofEntries(
                Map.entry("EDUAID_HOME", "checkout"),
                Map.entry("EDUAID_DATA_DIR", "/var/lib/eduaid"),
                Map.entry("EDUAID_KAFKA_PORT", "19092"),
                Map.entry("EDUAID_MONGO_PORT", "37017"),
                Map.entry("EDUAID_GATEWAY_PORT", "9080"),
                Map.entry("EDUAID_ENROLLMENT_PORT", "9081"),
                Map.entry("EDUAID_SUBSIDY_PORT", "9082"),
                Map.entry("EDUAID_TEACHER_PORT", "9083"),
                Map.entry("EDUAID_REPORTING_PORT", "9084"),
                Map.entry("EDUAID_IDP_PORT", "9090"),
                Map.entry("EDUAID_SERVICE_JAVA_OPTS", "  -Xmx256m   -Dfile.encoding=UTF-8 "),
                Map.entry("EDUAID_STARTUP_TIMEOUT", "3m"));

        PlatformSettings settings = PlatformSettings.fromEnvironment(env, REPO);

        assertThat(settings.home()).isEqualTo(REPO.resolve("checkout"));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/eduaid"));
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.mongoPort()).isEqualTo(37017);
        assertThat(List.of(PlatformApp.values())).extracting(settings::port)
                .containsExactly(9090, 9081, 9082, 9083, 9084, 9080);
        assertThat(settings.serviceJavaOpts()).containsExactly("-Xmx256m", "-Dfile.encoding=UTF-8");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @ParameterizedTest
    @CsvSource({"45, PT45S", "45s, PT45S", "1500ms, PT1.5S", "2m, PT2M", "PT100S, PT1M40S"})
    void readsTheStartupTimeoutInTheUsualNotations(String value, Duration expected) {
        assertThat(PlatformSettings.fromEnvironment(Map.of("EDUAID_STARTUP_TIMEOUT", value), REPO).startupTimeout())
                .isEqualTo(expected);
    }

    @Test
    void namesTheVariableThatHoldsNoPort() {
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment(Map.of("EDUAID_TEACHER_PORT", "eighty"), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EDUAID_TEACHER_PORT");
        assertThatThrownBy(() -> PlatformSettings.fromEnvironment(Map.of("EDUAID_KAFKA_PORT", "70000"), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Kafka");
    }

    @Test
    void withersChangeOneSettingOnly() {
        PlatformSettings defaults = PlatformSettings.fromEnvironment(Map.of(), REPO);

        PlatformSettings changed = defaults.withAppPort(PlatformApp.TEACHER, 18083).withDataDir(Path.of("/tmp/eduaid"));

        assertThat(changed.port(PlatformApp.TEACHER)).isEqualTo(18083);
        assertThat(changed.port(PlatformApp.SUBSIDY)).isEqualTo(8082);
        assertThat(changed.dataDir()).isEqualTo(Path.of("/tmp/eduaid"));
        assertThat(changed.home()).isEqualTo(REPO);
        assertThat(defaults.port(PlatformApp.TEACHER)).isEqualTo(8083);
    }
}
