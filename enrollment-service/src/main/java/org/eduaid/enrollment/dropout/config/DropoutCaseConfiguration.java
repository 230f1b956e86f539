package org.eduaid.enrollment.dropout.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * The {@code dropout_cases} collection (aggregate + outbox) and its indexes; scheduling for the
 * escalation job ({@code eduaid.cases.escalation.cron}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DropoutCaseConfiguration {

    static final String COLLECTION = "dropout_cases";

    @Bean
    AggregateStore dropoutCaseStore(AggregateStoreFactory stores) {
        return stores.forCollection(COLLECTION);
    }

    /** The same collection for queries the store does not offer (lists, ledgers, the escalation sweep). */
    @Bean
    MongoCollection<Document> dropoutCaseCollection(ReactiveMongoDatabaseFactory databases) {
        MongoCollection<Document> collection = databases.getMongoDatabase().block().getCollection(COLLECTION);
        // one open case per child: the child id while open, the case id once closed (so always unique)
        index(collection, new Document("openKey", 1), new IndexOptions().name("one_open_case_per_child").unique(true));
        index(collection, new Document("countyCode", 1).append("state", 1), new IndexOptions().name("county_state"));
        index(collection, new Document("escalated", 1).append("cityCode", 1), new IndexOptions().name("escalated_city"));
        index(collection, new Document("state", 1).append("escalated", 1), new IndexOptions().name("state_escalated"));
        return collection;
    }

    private static void index(MongoCollection<Document> collection, Document keys, IndexOptions options) {
        Mono.from(collection.createIndex(keys, options)).block();
    }
}
