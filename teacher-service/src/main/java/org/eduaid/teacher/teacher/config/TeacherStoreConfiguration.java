package org.eduaid.teacher.teacher.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

/** The {@code teachers} collection: teachers with their outbox (topic {@code eduaid.teacher.teachers}). */
@Configuration(proxyBeanMethods = false)
class TeacherStoreConfiguration {

    static final String COLLECTION = "teachers";

    @Bean
    AggregateStore teacherStore(AggregateStoreFactory stores) {
        return stores.forCollection(COLLECTION);
    }

    /** The same collection for reads that walk many teachers, which the store does not offer. */
    @Bean
    MongoCollection<Document> teacherCollection(ReactiveMongoDatabaseFactory databases) {
        return databases.getMongoDatabase().block().getCollection(COLLECTION);
    }
}
