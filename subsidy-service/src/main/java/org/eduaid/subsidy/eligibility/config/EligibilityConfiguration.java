package org.eduaid.subsidy.eligibility.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.mongodb.client.model.IndexOptions;

import reactor.core.publisher.Mono;

/**
 * The eligibility feature's wiring: the {@code student_eligibility} aggregate collection (with outbox
 * → {@code eduaid.subsidy.eligibility}), its settings and the scheduled runs. The consumer of
 * enrollment-service's students is declared in {@code config/MessagingConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EligibilityProperties.class)
class EligibilityConfiguration {

    @Bean
    AggregateStore studentEligibilityStore(AggregateStoreFactory stores, ReactiveMongoDatabaseFactory databases) {
        AggregateStore store = stores.forCollection("student_eligibility");
        // the county's list on MongoDB; the embedded store keeps unique indexes only and scans
        Mono.from(databases.getMongoDatabase().block().getCollection("student_eligibility").createIndex(
                new Document("countyCode", 1).append("eligibleProgrammes", 1).append("_id", 1),
                new IndexOptions().name("county_eligible"))).block();
        return store;
    }
}
