package org.eduaid.kit.privacy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.IdNumberScan;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.privacy.config.PrivacyProperties;
import org.eduaid.testkit.TestInfrastructure;
import org.eduaid.testkit.privacy.TestPrivacyKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;

import reactor.core.publisher.Mono;

/**
 * Students written the way a service will write them (encrypted fields and a blind index, through the
 * kit and the test keys), then looked at the way someone holding a copy of the database would: with
 * the plain driver and no keys.
 */
class PersonalDataAtRestIntegrationTest {

    private static final String DATABASE = "kit-privacy-at-rest";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final FieldPurpose ID_NUMBER = FieldPurpose.of("students", "idNumber");
    private static final FieldPurpose NAME = FieldPurpose.of("students", "name");
    private static final FieldPurpose GUARDIAN_NAME = FieldPurpose.of("students", "guardian.name");
    private static final FieldPurpose GUARDIAN_PHONE = FieldPurpose.of("students", "guardian.phone");
    private static final FieldPurpose GUARDIAN_ADDRESS = FieldPurpose.of("students", "guardian.address");
    private static final Map<String, String[]> STUDENTS = Map.of(
            "15042420110908118X", new String[] { "欧阳娜娜", "欧阳建国", "13812345678", "内蒙古自治区赤峰市林西县统部镇西山村3组15号" },
            "150424201203151236", new String[] { "巴特尔", "乌兰", "0476-5123456", "内蒙古自治区赤峰市林西县新城子镇" },
            "540102201506010324", new String[] { "卓玛", "扎西次仁", "13908911234", "西藏自治区拉萨市城关区八廓街道" });

    private static final PrivacyProperties KEYS = new PrivacyProperties(TestPrivacyKeys.KEY_ID + ":" + TestPrivacyKeys.KEY,
            TestPrivacyKeys.KEY_ID, TestPrivacyKeys.BLIND_INDEX_KEY);

    private static com.mongodb.reactivestreams.client.MongoClient reactiveClient;
    private static MongoClient plainClient;

    private final FieldCipher cipher = KEYS.fieldCipher();
    private final BlindIndex blindIndex = KEYS.blindIndex();

    @BeforeAll
    static void connect() {
        String uri = TestInfrastructure.get().mongoUri(DATABASE);
        reactiveClient = com.mongodb.reactivestreams.client.MongoClients.create(uri);
        plainClient = MongoClients.create(uri);
    }

    @AfterAll
    static void disconnect() {
        reactiveClient.close();
        plainClient.close();
    }

    @Test
    void aCopyOfTheCollectionRevealsNoPersonalDataButTheBlindIndexFindsTheStudent() {
        com.mongodb.reactivestreams.client.MongoCollection<Document> students = reactiveClient.getDatabase(DATABASE)
                .getCollection("students");
        Mono.from(students.drop()).block(TIMEOUT);
        // unique, as the embedded store uses no other index for an equality lookup; an ID number is one child's
        Mono.from(students.createIndex(new Document("idNumberIndex", 1),
                new IndexOptions().name("idNumberIndex").unique(true))).block(TIMEOUT);
        List<Document> written = new ArrayList<>();
        STUDENTS.forEach((number, data) -> written.add(student(ResidentIdNumber.parse(number), data)));
        Mono.from(students.insertMany(written)).block(TIMEOUT);

        String dump = rawDump("students");

        assertThat(dump).contains("enc:v1:test1:", "bi1:", "2150042401");
        assertThat(IdNumberScan.validIdNumbersIn(dump)).isEmpty();
        STUDENTS.forEach((number, data) -> {
            assertThat(dump).doesNotContain(number, number.substring(6, 14), number.substring(0, 6) + number.substring(6, 14));
            for (String personal : data) {
                assertThat(dump).doesNotContain(personal);
            }
        });
        assertThat(dump).doesNotContain("欧阳", "林西县");

        String typedByTheClerk = "15042420110908118x";
        Document found = plainClient.getDatabase(DATABASE).getCollection("students")
                .find(Filters.eq("idNumberIndex", blindIndex.of(ID_NUMBER, ResidentIdNumber.parse(typedByTheClerk))))
                .first();
        assertThat(found).isNotNull();
        assertThat(cipher.decrypt(found.getString("idNumber"), ID_NUMBER)).isEqualTo("15042420110908118X");
        assertThat(cipher.decrypt(found.getString("name"), NAME)).isEqualTo("欧阳娜娜");
        Document guardian = found.get("guardian", Document.class);
        assertThat(cipher.decrypt(guardian.getString("phone"), GUARDIAN_PHONE)).isEqualTo("13812345678");
        assertThat(cipher.decrypt(guardian.getString("address"), GUARDIAN_ADDRESS))
                .isEqualTo("内蒙古自治区赤峰市林西县统部镇西山村3组15号");
    }

    private Document student(ResidentIdNumber number, String[] data) {
        return new Document("schoolCode", "2150042401")
                .append("idNumber", cipher.encrypt(number.unmaskedValue(), ID_NUMBER))
                .append("idNumberIndex", blindIndex.of(ID_NUMBER, number))
                .append("name", cipher.encrypt(data[0], NAME))
                .append("guardian", new Document("name", cipher.encrypt(data[1], GUARDIAN_NAME))
                        .append("phone", cipher.encrypt(data[2], GUARDIAN_PHONE))
                        .append("address", cipher.encrypt(data[3], GUARDIAN_ADDRESS)));
    }

    /** Every byte of every document, as the plain driver reads it, in one string. */
    private static String rawDump(String collection) {
        MongoCollection<RawBsonDocument> raw = plainClient.getDatabase(DATABASE).getCollection(collection,
                RawBsonDocument.class);
        StringBuilder dump = new StringBuilder();
        for (RawBsonDocument document : raw.find()) {
            java.nio.ByteBuffer bytes = document.getByteBuffer().asNIO();
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            dump.append(new String(copy, StandardCharsets.UTF_8)).append('\n').append(document.toJson()).append('\n');
        }
        return dump.toString();
    }
}
