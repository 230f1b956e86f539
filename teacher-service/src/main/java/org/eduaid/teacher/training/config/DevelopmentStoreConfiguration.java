package org.eduaid.teacher.training.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** Training records and school pairings, each with its outbox (topic {@code eduaid.teacher.training}). */
@Configuration(proxyBeanMethods = false)
class DevelopmentStoreConfiguration {

    @Bean
    AggregateStore trainingStore(AggregateStoreFactory stores) {
        return stores.forCollection("training_records");
    }

    @Bean
    AggregateStore pairingStore(AggregateStoreFactory stores) {
        return stores.forCollection("school_pairings");
    }

    @Bean
    MongoCollection<Document> trainingCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection("training_records");
    }

    @Bean
    MongoCollection<Document> pairingCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection("school_pairings");
    }
}
