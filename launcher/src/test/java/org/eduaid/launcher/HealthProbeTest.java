package org.eduaid.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class HealthProbeTest {

    private final HealthProbe probe = new HealthProbe();

    @Test
    void judgesTheAppAsAWholeNotItsComponents() {
        assertThat(probe.topLevelStatus("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}")).isEqualTo("UP");
        assertThat(probe.topLevelStatus(
                "{\"components\":{\"diskSpace\":{\"status\":\"UP\"},\"mongo\":{\"status\":\"DOWN\"}},\"status\":\"DOWN\"}"))
                .isEqualTo("DOWN");
        assertThat(probe.topLevelStatus("<html>starting</html>")).isEmpty();
    }

    @Test
    void anAppThatDoesNotListenYetIsNotUp() {
        assertThat(probe.isUp(URI.create("http://localhost:" + Ports.findFree() + "/actuator/health"))).isFalse();
    }
}
