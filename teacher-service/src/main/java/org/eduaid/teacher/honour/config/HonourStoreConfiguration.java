package org.eduaid.teacher.honour.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** {@code honour_certificates} with its outbox (topic {@code eduaid.teacher.honours}). */
@Configuration(proxyBeanMethods = false)
class HonourStoreConfiguration {

    static final String COLLECTION = "honour_certificates";

    @Bean
    AggregateStore honourStore(AggregateStoreFactory stores) {
        return stores.forCollection(COLLECTION);
    }

    @Bean
    MongoCollection<Document> honourCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection(COLLECTION);
    }
}
