package org.eduaid.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eduaid.systemtests.RepositoryRoot;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is held to the code instead: see
 * {@link ComposeFileChecker} and its rule classes for what is compared.
 */
class ComposeFileConsistencyTest {

    @Test
    void dockerComposeAgreesWithTheCode() {
        Platform platform = Platform.read(RepositoryRoot.find());
        // guards the discovery itself: with no apps found, every rule would pass vacuously
        assertThat(platform.apps()).extracting(AppModule::name)
                .contains("enrollment-service", "subsidy-service", "teacher-service", "reporting-service", "gateway");

        List<String> violations = ComposeFileChecker.check(platform);

        assertThat(violations)
                .withFailMessage("docker-compose.yml disagrees with the code:%n  %s", String.join("\n  ", violations))
                .isEmpty();
    }
}
