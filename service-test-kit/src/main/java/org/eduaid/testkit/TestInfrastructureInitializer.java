package org.eduaid.testkit;

import java.util.Map;

import org.eduaid.testkit.privacy.TestPrivacyKeys;
import org.eduaid.testkit.security.TestIdentityProvider;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at the shared test broker, at its own database on the shared store
 * and at the test identity provider's keys, ahead of any other setting.
 */
public final class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        TestIdentityProvider identity = TestIdentityProvider.get();
        String service = context.getEnvironment().getProperty("spring.application.name", "service");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("eduaid-test-infrastructure", Map.of(
                "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrap(),
                "spring.mongodb.uri", infrastructure.mongoUri("test-" + service),
                "eduaid.kafka.partitions", "3",
                "eduaid.outbox.idle-poll", "50ms",
                "eduaid.consumer.initial-backoff", "100ms",
                "eduaid.consumer.max-backoff", "500ms",
                "spring.cloud.stream.kafka.binder.consumer-properties.auto.offset.reset", "earliest",
                "eduaid.security.issuer-uri", identity.issuer(),
                "eduaid.security.jwk-set-uri", identity.jwkSetUri())));
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("eduaid-test-privacy-keys", TestPrivacyKeys.properties()));
    }
}
