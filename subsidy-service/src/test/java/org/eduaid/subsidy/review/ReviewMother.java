package org.eduaid.subsidy.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.review.application.EligibleAid;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.KafkaTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Fixtures for the review, notice and gap tests: fresh students, programmes and schools (the context
 * and store are shared), and small helpers to call the API as one signed-in caller.
 */
public final class ReviewMother {

    public static final String LINXI = "150424";
    public static final String KESHIKETENG = "150425";
    public static final SchoolYear YEAR = SchoolYear.parse("2024-2025");
    public static final String MASKED_ID = "150424********123X";

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final AtomicLong NEXT_SCHOOL = new AtomicLong(System.nanoTime() % 10_000_000L);

    private ReviewMother() {
    }

    public static String freshStudentId() {
        return "p-" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
    }

    /** A programme code no other test uses, so a county's list for it holds this test's applications only. */
    public static String freshProgramme() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** A 10-digit school code no other test uses (tokens carry 10-digit codes). */
    public static String freshSchool(String countyCode) {
        return String.format("4%09d", NEXT_SCHOOL.incrementAndGet());
    }

    /** An actively enrolled rural primary pupil from a registered-poor household, eligible for {@code programmes}. */
    public static AidStudent student(String studentId, String countyCode, String schoolCode, String... programmes) {
        return new AidStudent(new StudentFacts(studentId, countyCode, Set.of(HouseholdFlag.REGISTERED_POOR), null,
                new StudentFacts.Enrolment(schoolCode, countyCode, Stage.PRIMARY, 3, false, "PRIMARY", Locality.RURAL,
                        StudentFacts.EnrolmentStatus.ACTIVE)),
                "王*明", MASKED_ID, Set.of(programmes));
    }

    public static EligibleAid eligible(String studentId, String programme, String countyCode, String schoolCode) {
        return new EligibleAid(studentId, programme, YEAR, countyCode, schoolCode, "REGISTERED_POOR",
                Instant.now().minus(Duration.ofDays(3)));
    }

    public static String applicationId(String studentId, String programme) {
        return studentId + "~" + programme + "~" + YEAR.id();
    }

    /** Registers a school in the service's own directory through enrollment's event, as in production. */
    public static void registerSchool(String schoolCode, String countyCode, String name) {
        KafkaTestClient.shared().send(CloudEventRecord.of(SchoolRegistered.class, schoolCode, 1, """
                {"schoolCode":"%s","name":"%s","countyCode":"%s","kind":"PRIMARY","locality":"RURAL",
                 "boarding":false,"registeredAt":"2024-09-01T00:00:00Z"}""".formatted(schoolCode, name, countyCode))
                .toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
    }

    public static Map<String, Object> post(WebTestClient web, String uri, String body, int status) {
        var result = web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectBody(JSON).returnResult();
        org.assertj.core.api.Assertions.assertThat(result.getStatus().value())
                .as("POST %s answered %s", uri, result.getResponseBody()).isEqualTo(status);
        return result.getResponseBody();
    }

    public static Map<String, Object> get(WebTestClient web, String uri, int status) {
        return web.get().uri(uri).exchange().expectStatus().isEqualTo(status)
                .expectBody(JSON).returnResult().getResponseBody();
    }

    public static String getText(WebTestClient web, String uri, int status) {
        return web.get().uri(uri).exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    public static long version(Map<String, Object> body) {
        return ((Number) body.get("version")).longValue();
    }

    public static List<ConsumerRecord<String, byte[]>> events(String topic, String key) {
        return KafkaTestClient.shared().readAll(topic, Duration.ofSeconds(2)).stream()
                .filter(record -> key.equals(record.key())).toList();
    }

    public static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> KafkaTestClient.header(r, "ce_type")).toList();
    }
}
