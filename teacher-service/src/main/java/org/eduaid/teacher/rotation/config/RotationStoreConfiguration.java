package org.eduaid.teacher.rotation.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.mongodb.reactivestreams.client.MongoCollection;

/**
 * Plans and exchanges with their outbox (topic {@code eduaid.teacher.exchanges}); the provinces' rules;
 * the nightly run that starts and ends exchanges.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RotationStoreConfiguration {

    @Bean
    AggregateStore rotationPlanStore(AggregateStoreFactory stores) {
        return stores.forCollection("rotation_plans");
    }

    @Bean
    AggregateStore teacherExchangeStore(AggregateStoreFactory stores) {
        return stores.forCollection("teacher_exchanges");
    }

    @Bean
    MongoCollection<Document> teacherExchangeCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection("teacher_exchanges");
    }

    @Bean
    MongoCollection<Document> rotationRuleCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection("rotation_rules");
    }
}
