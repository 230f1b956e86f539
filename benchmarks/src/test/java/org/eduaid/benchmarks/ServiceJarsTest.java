package org.eduaid.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarsTest {

    @TempDir
    Path home;

    @Test
    void missingJarsAreNamedWithTheCommandThatBuildsThem() throws IOException {
        Files.createDirectories(home.resolve("gateway/target"));
        Files.writeString(home.resolve(ServiceJars.GATEWAY), "a jar");

        assertThatThrownBy(() -> ServiceJars.in(home))
                .isInstanceOf(ServiceJars.MissingJarsException.class)
                .hasMessageContaining(home.resolve(ServiceJars.ENROLLMENT_SERVICE).toString())
                .hasMessageNotContaining(home.resolve(ServiceJars.GATEWAY).toString())
                .hasMessageContaining("./mvnw -q -B -DskipTests package");
    }

    @Test
    void builtJarsAreFound() throws IOException {
        for (String jar : new String[] { ServiceJars.ENROLLMENT_SERVICE, ServiceJars.GATEWAY }) {
            Files.createDirectories(home.resolve(jar).getParent());
            Files.writeString(home.resolve(jar), "a jar");
        }

        assertThat(ServiceJars.in(home).gateway()).isEqualTo(home.resolve(ServiceJars.GATEWAY));
    }

    @Test
    void theSubsidyServiceJarIsFoundOrNamed() throws IOException {
        assertThatThrownBy(() -> ServiceJars.subsidyServiceIn(home))
                .isInstanceOf(ServiceJars.MissingJarsException.class)
                .hasMessageContaining(home.resolve(ServiceJars.SUBSIDY_SERVICE).toString());

        Files.createDirectories(home.resolve(ServiceJars.SUBSIDY_SERVICE).getParent());
        Files.writeString(home.resolve(ServiceJars.SUBSIDY_SERVICE), "a jar");

        assertThat(ServiceJars.subsidyServiceIn(home)).isEqualTo(home.resolve(ServiceJars.SUBSIDY_SERVICE));
    }
}
