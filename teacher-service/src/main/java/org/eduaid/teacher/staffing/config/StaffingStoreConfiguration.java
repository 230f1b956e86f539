package org.eduaid.teacher.staffing.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** Schools' staffing with its outbox (topic {@code eduaid.teacher.staffing}); standards; county plans. */
@Configuration(proxyBeanMethods = false)
class StaffingStoreConfiguration {

    @Bean
    AggregateStore schoolStaffingStore(AggregateStoreFactory stores) {
        return stores.forCollection("school_staffing");
    }

    @Bean
    MongoCollection<Document> schoolStaffingCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "school_staffing");
    }

    @Bean
    MongoCollection<Document> staffingStandardCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "staffing_standards");
    }

    @Bean
    MongoCollection<Document> countyStaffingPlanCollection(ReactiveMongoDatabaseFactory databases) {
        return collection(databases, "county_staffing_plans");
    }

    private static MongoCollection<Document> collection(ReactiveMongoDatabaseFactory databases, String name) {
        return databases.getMongoDatabase().block().getCollection(name);
    }
}
