package org.eduaid.subsidy.eligibility;

import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentFlagsChanged;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.contracts.enrollment.StudentTransferred;
import org.eduaid.contracts.enrollment.StudentWithdrawn;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.KafkaTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * enrollment-service's student and school events as records on the wire, with fresh ids per call:
 * the store and the topics are shared by every test of the module.
 */
public final class StudentEventMother {

    public static final String LINXI = "150424";
    public static final String KESHIKETENG = "150425";
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong NEXT_SCHOOL = new AtomicLong(System.nanoTime() % 100_000_000L);

    private StudentEventMother() {
    }

    /** A student id as enrollment-service makes them: {@code p-} and 26 characters. */
    public static String freshStudentId() {
        StringBuilder id = new StringBuilder("p-");
        for (int i = 0; i < 26; i++) {
            id.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    public static String freshSchoolCode() {
        return String.format("4%09d", NEXT_SCHOOL.incrementAndGet());
    }

    /** A fresh school, registered through enrollment's event, once this service knows it. */
    public static String knownSchool(WebTestClient admin, String countyCode, String locality) {
        String code = freshSchoolCode();
        KafkaTestClient.shared().send(school(code, countyCode, locality));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.get().uri("/api/subsidies/schools/{code}", code)
                .exchange().expectStatus().isOk());
        return code;
    }

    public static ProducerRecord<String, byte[]> school(String code, String countyCode, String locality) {
        return CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"测试学校%s","countyCode":"%s","kind":"PRIMARY","locality":"%s",
                 "boarding":true,"registeredAt":"2026-09-01T00:00:00Z"}""".formatted(code, code, countyCode, locality))
                .toRecord(Topics.ENROLLMENT_SCHOOLS);
    }

    public static CloudEventRecord registered(String studentId, long sequence, boolean registeredPoor) {
        return CloudEventRecord.of(StudentRegistered.class, studentId, sequence, """
                {"studentId":"%s","maskedIdNumber":"150424********123X","maskedName":"王*","sex":"FEMALE",
                 "birthYear":2016,"householdCountyCode":"150424","householdTownshipCode":null,
                 "householdVillageCode":null,"flags":%s,"registeredAt":"2026-09-01T00:00:00Z"}"""
                .formatted(studentId, flags(registeredPoor)));
    }

    public static CloudEventRecord flagsChanged(String studentId, long sequence, boolean registeredPoor) {
        return CloudEventRecord.of(StudentFlagsChanged.class, studentId, sequence, """
                {"studentId":"%s","flags":%s,"changed":["REGISTERED_POOR"],"source":"poverty-registry",
                 "effectiveOn":null,"changedAt":"2026-09-02T00:00:00Z"}""".formatted(studentId, flags(registeredPoor)));
    }

    public static CloudEventRecord enrolled(String studentId, long sequence, String schoolCode, String countyCode,
            boolean boarding) {
        return CloudEventRecord.of(StudentEnrolled.class, studentId, sequence, """
                {"studentId":"%s","schoolCode":"%s","countyCode":"%s","stage":"PRIMARY","grade":3,"boarding":%s,
                 "enrolledOn":"2026-09-01","recordedAt":"2026-09-01T00:00:00Z"}"""
                .formatted(studentId, schoolCode, countyCode, boarding));
    }

    public static CloudEventRecord transferred(String studentId, long sequence, String fromSchool, String fromCounty,
            String toSchool, String toCounty) {
        return CloudEventRecord.of(StudentTransferred.class, studentId, sequence, """
                {"studentId":"%s","fromSchoolCode":"%s","fromCountyCode":"%s","toSchoolCode":"%s",
                 "toCountyCode":"%s","stage":"PRIMARY","grade":3,"boarding":true,"transferredOn":"2026-11-01",
                 "recordedAt":"2026-11-01T00:00:00Z"}""".formatted(studentId, fromSchool, fromCounty, toSchool, toCounty));
    }

    public static CloudEventRecord withdrawn(String studentId, long sequence, String schoolCode, String countyCode) {
        return CloudEventRecord.of(StudentWithdrawn.class, studentId, sequence, """
                {"studentId":"%s","schoolCode":"%s","countyCode":"%s","reason":"DROPPED_OUT",
                 "withdrawnOn":"2026-12-01","recordedAt":"2026-12-01T00:00:00Z"}"""
                .formatted(studentId, schoolCode, countyCode));
    }

    private static String flags(boolean registeredPoor) {
        return """
                {"registeredPoor":%s,"dibao":false,"tekun":false,"orphan":false,"disability":null,
                 "leftBehind":false,"relocated":false}""".formatted(registeredPoor);
    }
}
