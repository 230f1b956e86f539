package org.eduaid.gateway.security;

import org.eduaid.gateway.GatewayTestSettings;
import org.eduaid.gateway.StubBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With MANAGEMENT_SERVER_PORT set, metrics are served on that port only, never on the public one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ManagementPortTest {

    private static final StubBackend BACKEND = StubBackend.start("enrollment");

    @Autowired
    private WebTestClient publicPort;

    @LocalManagementPort
    private int managementPort;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        GatewayTestSettings.identityProvider(registry);
        GatewayTestSettings.routesTo(registry, BACKEND);
        registry.add("MANAGEMENT_SERVER_PORT", () -> 0);
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @Test
    void servesMetricsAndHealthOnTheManagementPortOnly() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();

        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        management.get().uri("/actuator/health").exchange().expectStatus().isOk();
        publicPort.get().uri("/actuator/prometheus").exchange().expectStatus().isFound();
    }
}
