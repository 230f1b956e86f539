package org.eduaid.kit.privacy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.KeyRing;
import org.eduaid.kit.privacy.persistence.PersonalDataReencryption.PassResult;
import org.eduaid.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A key rotation on the test store: data under k1, k2 made active, re-encryption, k1 removed. */
class PersonalDataReencryptionIntegrationTest {

    private static final String DATABASE = "kit-privacy-rotation";
    private static final String COLLECTION = "students";
    private static final List<String> FIELDS = List.of("name", "idNumber", "guardian.phone");
    private static final FieldPurpose NAME = FieldPurpose.of(COLLECTION, "name");
    private static final FieldPurpose ID_NUMBER = FieldPurpose.of(COLLECTION, "idNumber");
    private static final FieldPurpose GUARDIAN_PHONE = FieldPurpose.of(COLLECTION, "guardian.phone");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int STUDENTS = 250;

    private static final String K1 = "k1:" + key(1);
    private static final String K2 = "k2:" + key(2);
    private static final FieldCipher UNDER_K1 = new FieldCipher(KeyRing.parse(K1, "k1"));
    private static final FieldCipher ROTATED_TO_K2 = new FieldCipher(KeyRing.parse(K1 + "," + K2, "k2"));
    private static final FieldCipher K1_REMOVED = new FieldCipher(KeyRing.parse(K2, "k2"));

    private static MongoClient client;
    private MongoCollection<Document> students;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri(DATABASE));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void studentsUnderK1() {
        students = client.getDatabase(DATABASE).getCollection(COLLECTION);
        Mono.from(students.drop()).block(TIMEOUT);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            Document student = new Document("_id", "student-" + i)
                    .append("name", UNDER_K1.encrypt("学生" + i, NAME))
                    .append("idNumber", UNDER_K1.encrypt("number-" + i, ID_NUMBER));
            // every third student has no guardian on record: absent fields are left alone
            if (i % 3 != 0) {
                student.append("guardian", new Document("phone", UNDER_K1.encrypt("1380000" + i, GUARDIAN_PHONE)));
            }
            documents.add(student);
        }
        Mono.from(students.insertMany(documents)).block(TIMEOUT);
    }

    @Test
    void afterReencryptionEveryValueIsUnderK2AndReadableWithoutK1() {
        ReencryptionResult result = reencryption(ROTATED_TO_K2).reencrypt(COLLECTION, FIELDS).block(TIMEOUT);

        int guardians = STUDENTS - (STUDENTS + 2) / 3;
        assertThat(result).isEqualTo(new ReencryptionResult(STUDENTS, 2L * STUDENTS + guardians, 0, 0, 1));
        assertThat(result.complete()).isTrue();
        List<Document> stored = all();
        assertThat(stored).hasSize(STUDENTS).allSatisfy(student -> {
            int i = Integer.parseInt(student.getString("_id").substring("student-".length()));
            assertThat(student.getString("name")).startsWith("enc:v1:k2:");
            assertThat(K1_REMOVED.decrypt(student.getString("name"), NAME)).isEqualTo("学生" + i);
            assertThat(K1_REMOVED.decrypt(student.getString("idNumber"), ID_NUMBER)).isEqualTo("number-" + i);
            Document guardian = student.get("guardian", Document.class);
            if (guardian != null) {
                assertThat(K1_REMOVED.decrypt(guardian.getString("phone"), GUARDIAN_PHONE)).isEqualTo("1380000" + i);
            }
        });
        assertThat(Flux.from(students.listIndexes()).map(index -> index.getString("name")).collectList().block(TIMEOUT))
                .noneMatch(name -> name.endsWith("_reencryption"));

        ReencryptionResult again = reencryption(K1_REMOVED).reencrypt(COLLECTION, FIELDS).block(TIMEOUT);
        assertThat(again.reencrypted()).isZero();
        assertThat(again.complete()).isTrue();
    }

    @Test
    void aValueAServiceChangedAfterItWasReadIsNotOverwritten() {
        Document asRead = Mono.from(students.find(Filters.eq("_id", "student-1"))).block(TIMEOUT);
        String renamed = ROTATED_TO_K2.encrypt("新名字", NAME);
        Mono.from(students.updateOne(Filters.eq("_id", "student-1"), Updates.set("name", renamed))).block(TIMEOUT);

        PassResult pass = reencryption(ROTATED_TO_K2).reencryptBatch(students,
                FIELDS.stream().map(field -> FieldPurpose.of(COLLECTION, field)).toList(), List.of(asRead))
                .block(TIMEOUT);

        assertThat(pass).isEqualTo(new PassResult(1, 2, 1, 0));
        Document now = Mono.from(students.find(Filters.eq("_id", "student-1"))).block(TIMEOUT);
        assertThat(now.getString("name")).isEqualTo(renamed);
        assertThat(now.getString("idNumber")).startsWith("enc:v1:k2:");
        assertThat(K1_REMOVED.decrypt(now.getString("idNumber"), ID_NUMBER)).isEqualTo("number-1");
    }

    @Test
    void aValueChangedUnderTheOldKeyMeanwhileIsTakenByTheNextPass() {
        Document asRead = Mono.from(students.find(Filters.eq("_id", "student-2"))).block(TIMEOUT);
        // a replica that has not been restarted yet still writes under k1
        Mono.from(students.updateOne(Filters.eq("_id", "student-2"),
                Updates.set("name", UNDER_K1.encrypt("改过的名字", NAME)))).block(TIMEOUT);
        reencryption(ROTATED_TO_K2).reencryptBatch(students, List.of(NAME), List.of(asRead)).block(TIMEOUT);

        ReencryptionResult result = reencryption(ROTATED_TO_K2).reencrypt(COLLECTION, FIELDS).block(TIMEOUT);

        assertThat(result.complete()).isTrue();
        Document now = Mono.from(students.find(Filters.eq("_id", "student-2"))).block(TIMEOUT);
        assertThat(K1_REMOVED.decrypt(now.getString("name"), NAME)).isEqualTo("改过的名字");
    }

    @Test
    void anAlteredValueIsReportedAndLeftWhileTheRestMoves() {
        String stored = Mono.from(students.find(Filters.eq("_id", "student-3"))).block(TIMEOUT).getString("name");
        String altered = stored.substring(0, stored.length() - 2) + (stored.endsWith("AA") ? "BB" : "AA");
        Mono.from(students.updateOne(Filters.eq("_id", "student-3"), Updates.set("name", altered))).block(TIMEOUT);

        ReencryptionResult result = reencryption(ROTATED_TO_K2).reencrypt(COLLECTION, FIELDS).block(TIMEOUT);

        assertThat(result.undecryptable()).isEqualTo(1);
        assertThat(result.complete()).isFalse();
        assertThat(all()).filteredOn(student -> !student.getString("_id").equals("student-3"))
                .allSatisfy(student -> assertThat(student.getString("name")).startsWith("enc:v1:k2:"));
        Document damaged = Mono.from(students.find(Filters.eq("_id", "student-3"))).block(TIMEOUT);
        assertThat(damaged.getString("name")).isEqualTo(altered);
        assertThat(damaged.getString("idNumber")).startsWith("enc:v1:k2:");
    }

    private PersonalDataReencryption reencryption(FieldCipher cipher) {
        // batches of 100, so that 250 students take three bulk writes
        return new PersonalDataReencryption(new SimpleReactiveMongoDatabaseFactory(client, DATABASE), cipher, 100);
    }

    private List<Document> all() {
        return Flux.from(students.find()).collectList().block(TIMEOUT);
    }

    private static String key(int seed) {
        byte[] material = new byte[32];
        java.util.Arrays.fill(material, (byte) seed);
        return java.util.Base64.getEncoder().encodeToString(material);
    }
}
