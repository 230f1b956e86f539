package org.eduaid.subsidy.review.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** The {@code aid_applications} collection: aggregate + outbox (→ eduaid.subsidy.applications), and for lists. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    static final String COLLECTION = "aid_applications";

    @Bean
    AggregateStore aidApplicationStore(AggregateStoreFactory stores) {
        return stores.forCollection(COLLECTION);
    }

    @Bean
    MongoCollection<Document> aidApplicationCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection(COLLECTION);
    }
}
