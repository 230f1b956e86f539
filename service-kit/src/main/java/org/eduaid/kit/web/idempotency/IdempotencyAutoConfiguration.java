package org.eduaid.kit.web.idempotency;

import java.time.Clock;

import org.eduaid.kit.events.EventJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

/**
 * {@link IdempotentCommands} for every service: the keys in the service's own database, collection
 * {@value MongoIdempotentCommands#COLLECTION}, kept for {@code eduaid.idempotency.retention}.
 */
@AutoConfiguration(afterName = "org.eduaid.kit.config.EduAidServiceAutoConfiguration")
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(IdempotentCommands.class)
    MongoIdempotentCommands idempotentCommands(ReactiveMongoDatabaseFactory databases, EventJson json, Clock clock,
            IdempotencyProperties properties) {
        return new MongoIdempotentCommands(databases, json, clock, properties);
    }

    @Bean
    @ConditionalOnBean(MongoIdempotentCommands.class)
    IdempotencyKeyCleanup idempotencyKeyCleanup(MongoIdempotentCommands commands, IdempotencyProperties properties) {
        return new IdempotencyKeyCleanup(commands, properties);
    }
}
