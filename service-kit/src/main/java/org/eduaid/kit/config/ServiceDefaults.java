package org.eduaid.kit.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every service shares (health groups, metrics, JSON logs, Kafka binder basics)
 * from {@code eduaid-service-defaults.yml}, with the lowest precedence: a service's own
 * application.yml and every environment variable still win. Then hands the binder the Kafka client
 * security made from those settings ({@link KafkaClientSecurity}), ahead of everything else, so
 * that the binder's clients cannot sign in differently from the kit's own.
 */
public final class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "eduaid-service-defaults.yml";
    static final String BINDER_SECURITY = "eduaid-kafka-binder-security";
    static final String BINDER_CONFIGURATION = "spring.cloud.stream.kafka.binder.configuration.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.getPropertySources().addFirst(binderSecurity(KafkaClientSecurity.from(environment)));
    }

    /** The binder applies {@code configuration.*} to every client it makes: consumers, producers, admin, health checks. */
    static MapPropertySource binderSecurity(KafkaClientSecurity security) {
        Map<String, Object> properties = new LinkedHashMap<>();
        security.clientProperties().forEach((key, value) -> properties.put(BINDER_CONFIGURATION + key, String.valueOf(value)));
        return new MapPropertySource(BINDER_SECURITY, properties);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
