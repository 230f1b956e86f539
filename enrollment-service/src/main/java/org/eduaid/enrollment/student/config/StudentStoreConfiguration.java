package org.eduaid.enrollment.student.config;

import org.bson.Document;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code students} aggregate collection and the indexes of the student lists and the duplicate review. */
@Configuration(proxyBeanMethods = false)
class StudentStoreConfiguration {

    @Bean
    AggregateStore studentStore(AggregateStoreFactory stores, ReactiveMongoDatabaseFactory databases) {
        AggregateStore store = stores.forCollection("students");
        MongoDatabase database = databases.getMongoDatabase().block();
        var students = database.getCollection("students");
        Flux.concat(
                Mono.from(students.createIndex(new Document("countyCode", 1), new IndexOptions().name("enrolment_county"))),
                Mono.from(students.createIndex(new Document("householdCountyCode", 1), new IndexOptions().name("household_county"))),
                Mono.from(students.createIndex(new Document("schoolCode", 1), new IndexOptions().name("school"))),
                Mono.from(database.getCollection("student_duplicates").createIndex(new Document("countyCodes", 1),
                        new IndexOptions().name("counties"))))
                .then().block();
        return store;
    }
}
