package org.eduaid.subsidy.budget.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** The {@code aid_budgets} collection: budgets with their outbox (topic {@code eduaid.subsidy.budgets}). */
@Configuration(proxyBeanMethods = false)
class BudgetConfiguration {

    static final String COLLECTION = "aid_budgets";

    @Bean
    AggregateStore aidBudgetStore(AggregateStoreFactory stores) {
        return stores.forCollection(COLLECTION);
    }

    /** The same collection for the yearly list, which the store does not offer. */
    @Bean
    MongoCollection<Document> aidBudgetCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection(COLLECTION);
    }
}
