package org.eduaid.subsidy.notice.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.mongodb.reactivestreams.client.MongoCollection;

/**
 * The {@code aid_notices} collection: aggregate + outbox (→ eduaid.subsidy.notices); scheduling for
 * the closing job ({@code eduaid.notices.close-cron}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NoticeConfiguration {

    static final String COLLECTION = "aid_notices";

    @Bean
    AggregateStore aidNoticeStore(AggregateStoreFactory stores) {
        return stores.forCollection(COLLECTION);
    }

    @Bean
    MongoCollection<Document> aidNoticeCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection(COLLECTION);
    }
}
