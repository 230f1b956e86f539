package org.eduaid.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eduaid.systemtests.compose.AppSettings.Placeholder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path dir;

    @Test
    void flattensNestedKeysAndListsAndLetsTheLaterFileWin() throws IOException {
        AppSettings settings = AppSettings.read(List.of(
                yml("defaults.yml", """
                        server:
                          port: 9000
                          shutdown: graceful
                        """),
                yml("application.yml", """
                        server:
                          port: ${SERVER_PORT:8081}
                        routes:
                          - id: a
                            uri: http://a
                        """)));

        assertThat(settings.properties()).containsOnly(
                Map.entry("server.port", "${SERVER_PORT:8081}"),
                Map.entry("server.shutdown", "graceful"),
                Map.entry("routes[0].id", "a"),
                Map.entry("routes[0].uri", "http://a"));
    }

    @Test
    void findsNestedPlaceholdersWithTheirDefaults() {
        assertThat(Placeholder.allIn("${MONGODB_URI:mongodb://localhost:27017/${spring.application.name}}"))
                .containsExactly(
                        new Placeholder("MONGODB_URI", Optional.of("mongodb://localhost:27017/${spring.application.name}")),
                        new Placeholder("spring.application.name", Optional.empty()));
    }

    @Test
    void aPlaceholderInAnOverriddenDefaultIsNoLongerASetting() throws IOException {
        AppSettings settings = AppSettings.read(List.of(
                yml("defaults.yml", "spring.mongodb.uri: ${SHARED_MONGO:mongodb://localhost/x}\n"),
                yml("application.yml", "spring.mongodb.uri: ${MONGODB_URI:mongodb://localhost/app}\n")));

        assertThat(settings.isSetBy("MONGODB_URI")).isTrue();
        assertThat(settings.isSetBy("SHARED_MONGO")).isFalse();
    }

    @Test
    void aPropertyKeyIsSetByItsEnvironmentFormsOnly() throws IOException {
        AppSettings settings = AppSettings.read(List.of(yml("application.yml", """
                spring:
                  cloud:
                    stream:
                      kafka:
                        binder:
                          min-partition-count: 6
                routes:
                  - uri: http://a
                """)));

        assertThat(settings.isSetBy("SPRING_CLOUD_STREAM_KAFKA_BINDER_MINPARTITIONCOUNT")).isTrue();
        assertThat(settings.isSetBy("SPRING_CLOUD_STREAM_KAFKA_BINDER_MIN_PARTITION_COUNT")).isTrue();
        assertThat(settings.isSetBy("ROUTES_0_URI")).isTrue();
        assertThat(settings.isSetBy("SPRING_CLOUD_STREAM_KAFKA_BINDER_MAXPARTITIONCOUNT")).isFalse();
        assertThat(settings.isSetBy("spring_cloud_stream_kafka_binder_minpartitioncount")).isFalse();
    }

    private Path yml(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
