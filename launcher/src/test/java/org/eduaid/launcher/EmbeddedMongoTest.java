package org.eduaid.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void answersTheHelloCommandThatSpringBootsHealthCheckSends() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, Ports.findFree());
                MongoClient client = MongoClients.create(mongo.uri())) {
            Document answer = client.getDatabase("reporting").runCommand(new Document("hello", 1));

            assertThat(answer.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(answer.getBoolean("isWritablePrimary")).isTrue();
            assertThat(answer.getInteger("maxWireVersion")).isPositive();
        }
    }

    @Test
    void keepsItsDataInOneStoreFileUnderTheGivenDirectory() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, Ports.findFree());
                MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("teacher").getCollection("postings").insertOne(new Document("_id", "p-1"));
        }

        assertThat(dataDir.resolve(EmbeddedMongo.STORE_FILE)).isNotEmptyFile();
    }
}
