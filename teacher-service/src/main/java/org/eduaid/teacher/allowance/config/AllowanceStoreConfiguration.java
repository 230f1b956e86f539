package org.eduaid.teacher.allowance.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** The allowance's collections; payments carry their outbox (topic {@code eduaid.teacher.allowances}). */
@Configuration(proxyBeanMethods = false)
class AllowanceStoreConfiguration {

    static final String PAYMENTS = "allowance_payments";

    @Bean
    AggregateStore allowancePaymentStore(AggregateStoreFactory stores) {
        return stores.forCollection(PAYMENTS);
    }

    @Bean
    MongoCollection<Document> allowancePaymentCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, PAYMENTS);
    }

    @Bean
    MongoCollection<Document> allowancePayrollCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "allowance_payrolls");
    }

    @Bean
    MongoCollection<Document> allowanceStandardCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "allowance_standards");
    }

    @Bean
    MongoCollection<Document> allowanceSchoolTierCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "allowance_school_tiers");
    }

    private static MongoCollection<Document> collection(ReactiveMongoDatabaseFactory databases, String name) {
        return databases.getMongoDatabase().block().getCollection(name);
    }
}
