package org.eduaid.kit.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import reactor.core.publisher.Mono;

/**
 * MongoDB health by {@code ping} on the service's own database. Spring Boot's indicator asks
 * {@code hello}, which the embedded wire-compatible store does not answer; {@code ping} is
 * understood by it and by every MongoDB server.
 */
final class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoDatabaseFactory databases;

    MongoPingHealthIndicator(ReactiveMongoDatabaseFactory databases) {
        super("MongoDB ping failed");
        this.databases = databases;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return databases.getMongoDatabase()
                .flatMap(database -> Mono.from(database.runCommand(new Document("ping", 1)))
                        .map(reply -> builder.up().withDetail("database", database.getName()).build()));
    }
}
