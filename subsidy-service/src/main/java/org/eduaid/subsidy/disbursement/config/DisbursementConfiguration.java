package org.eduaid.subsidy.disbursement.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/**
 * The disbursement collections: {@code aid_payments} and {@code aid_batches} (aggregates with their
 * outbox, topics {@code eduaid.subsidy.payments} and {@code .batches}), {@code aid_batch_items} (a
 * regular batch's payment ids in chunks), {@code aid_holds} (approved students a batch did not pay)
 * and {@code aid_retries} (failed and returned payments waiting to go out again). Only {@code _id}s
 * are looked up: the embedded store keeps no other index.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisbursementProperties.class)
class DisbursementConfiguration {

    @Bean
    AggregateStore aidPaymentStore(AggregateStoreFactory stores) {
        return stores.forCollection("aid_payments");
    }

    @Bean
    AggregateStore aidBatchStore(AggregateStoreFactory stores) {
        return stores.forCollection("aid_batches");
    }

    @Bean
    MongoCollection<Document> aidPaymentCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "aid_payments");
    }

    @Bean
    MongoCollection<Document> aidBatchCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "aid_batches");
    }

    @Bean
    MongoCollection<Document> aidBatchItemCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "aid_batch_items");
    }

    @Bean
    MongoCollection<Document> aidHoldCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "aid_holds");
    }

    @Bean
    MongoCollection<Document> aidRetryCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "aid_retries");
    }

    private static MongoCollection<Document> collection(ReactiveMongoDatabaseFactory databases, String name) {
        return databases.getMongoDatabase().block().getCollection(name);
    }
}
