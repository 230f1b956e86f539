package org.eduaid.subsidy.catalogue.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** The {@code aid_programmes} collection: programmes with their outbox, keyed by programme code (no other index). */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    static final String COLLECTION = "aid_programmes";

    @Bean
    AggregateStore aidProgrammeStore(AggregateStoreFactory stores) {
        return stores.forCollection(COLLECTION);
    }

    /** The same collection, to read the whole catalogue (the store reads by id only). */
    @Bean
    MongoCollection<Document> aidProgrammeCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection(COLLECTION);
    }
}
