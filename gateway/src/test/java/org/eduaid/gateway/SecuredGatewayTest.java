package org.eduaid.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A running gateway secured as in production, against the test identity provider, with every route
 * leading to one {@link StubBackend}. The test classes extending it share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class SecuredGatewayTest {

    protected static final StubBackend BACKEND = StubBackend.start("enrollment");

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void securedGatewaySettings(DynamicPropertyRegistry registry) {
        GatewayTestSettings.identityProvider(registry);
        GatewayTestSettings.routesTo(registry, BACKEND);
        // exposed by mistake, as it were: the gateway must still refuse it
        registry.add("MANAGEMENT_EXPOSED_ENDPOINTS", () -> "health,info,prometheus,env");
    }
}
