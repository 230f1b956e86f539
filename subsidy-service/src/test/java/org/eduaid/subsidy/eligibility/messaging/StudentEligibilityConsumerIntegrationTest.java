package org.eduaid.subsidy.eligibility.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.subsidy.eligibility.StudentEventMother.KESHIKETENG;
import static org.eduaid.subsidy.eligibility.StudentEventMother.LINXI;
import static org.eduaid.subsidy.eligibility.StudentEventMother.enrolled;
import static org.eduaid.subsidy.eligibility.StudentEventMother.flagsChanged;
import static org.eduaid.subsidy.eligibility.StudentEventMother.freshSchoolCode;
import static org.eduaid.subsidy.eligibility.StudentEventMother.freshStudentId;
import static org.eduaid.subsidy.eligibility.StudentEventMother.knownSchool;
import static org.eduaid.subsidy.eligibility.StudentEventMother.registered;
import static org.eduaid.subsidy.eligibility.StudentEventMother.school;
import static org.eduaid.subsidy.eligibility.StudentEventMother.transferred;
import static org.eduaid.subsidy.eligibility.StudentEventMother.withdrawn;
import static org.eduaid.subsidy.testsupport.DeadLetters.reasonFor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;

/**
 * The consumer of enrollment-service's students on the real broker and store: it keeps each
 * student's facts, decides every programme and publishes {@code EligibilityDecided} when a decision
 * changes; duplicates and late events change nothing; what breaks the contract is dead-lettered.
 * Assertions name no programme: they hold for the provisional catalogue and for the default one.
 */
@EduAidServiceTest
class StudentEligibilityConsumerIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.ENROLLMENT_STUDENTS, "subsidy-students");
    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    WebTestClient anonymous;

    WebTestClient web;

    @BeforeEach
    void signIn() {
        web = TestCallers.platformAdmin().signIn(anonymous);
    }

    @Test
    void aPoorBoarderIsEligibleOnceAndDuplicateOrOlderEventsChangeNothing() {
        String school = knownSchool(web, LINXI, "RURAL");
        String student = freshStudentId();
        send(registered(student, 1, true));
        CloudEventRecord enrolment = enrolled(student, 2, school, LINXI, true);
        send(enrolment);
        awaitEligible(student, LINXI);
        List<String> decidedBefore = decidedEvents(student);

        // the same event again, an older one that would take the flag away, and a late registration
        send(enrolled(student, 2, school, LINXI, false).eventId(enrolment.eventId()));
        send(flagsChanged(student, 1, false));
        send(registered(student, 2, false));
        barrier();

        String after = explanation(student);
        assertThat(eligibleProgrammes(after)).isNotEmpty();
        assertThat((List<String>) JsonPath.read(after, "$.facts.flags")).containsExactly("REGISTERED_POOR");
        assertThat((Boolean) JsonPath.read(after, "$.facts.enrolment.boarding")).isTrue();
        assertThat(decidedEvents(student)).hasSize(decidedBefore.size()).hasSize(1);
        String event = decidedBefore.get(0);
        assertThat((String) JsonPath.read(event, "$.countyCode")).isEqualTo(LINXI);
        assertThat((String) JsonPath.read(event, "$.schoolCode")).isEqualTo(school);
        assertThat((String) JsonPath.read(event, "$.stage")).isEqualTo("PRIMARY");
        assertThat((List<String>) JsonPath.read(event, "$.changed")).isNotEmpty();
    }

    @Test
    void aTransferToAnotherCountyMovesTheStudentsAidThere() {
        String from = knownSchool(web, LINXI, "RURAL");
        String to = knownSchool(web, KESHIKETENG, "RURAL");
        String student = freshStudentId();
        send(registered(student, 1, true));
        send(enrolled(student, 2, from, LINXI, true));
        awaitEligible(student, LINXI);

        send(transferred(student, 3, from, LINXI, to, KESHIKETENG));

        awaitEligible(student, KESHIKETENG);
        List<String> events = await().atMost(Duration.ofSeconds(30)).until(() -> decidedEvents(student),
                found -> found.size() == 2);
        assertThat((String) JsonPath.read(events.get(1), "$.countyCode")).isEqualTo(KESHIKETENG);
        assertThat((String) JsonPath.read(events.get(1), "$.schoolCode")).isEqualTo(to);
        // Linxi's officer no longer sees the student; Keshiketeng's does
        TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous).get()
                .uri("/api/subsidies/students/{id}/eligibility", student).exchange().expectStatus().isOk();
    }

    @Test
    void aWithdrawalEndsEveryProgrammeAndSaysTheStudentLeftSchool() {
        String school = knownSchool(web, LINXI, "RURAL");
        String student = freshStudentId();
        send(registered(student, 1, true));
        send(enrolled(student, 2, school, LINXI, true));
        awaitEligible(student, LINXI);

        send(withdrawn(student, 3, school, LINXI));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String body = explanation(student);
            assertThat((String) JsonPath.read(body, "$.facts.leftSchool")).isEqualTo("WITHDRAWN");
            assertThat(eligibleProgrammes(body)).isEmpty();
        });
        List<String> events = await().atMost(Duration.ofSeconds(30)).until(() -> decidedEvents(student),
                found -> found.size() == 2);
        assertThat((List<Boolean>) JsonPath.read(events.get(1), "$.decisions[*].eligible")).containsOnly(false);
        assertThat((String) JsonPath.read(events.get(1), "$.countyCode")).isEqualTo(LINXI);
    }

    @Test
    void aStudentDecidedBeforeTheSchoolWasKnownIsDecidedAgainWhenItArrives() {
        String school = freshSchoolCode();
        String student = freshStudentId();
        send(registered(student, 1, false));
        send(enrolled(student, 2, school, LINXI, false));
        // read while only the registration is applied, the student has no enrolment to look into yet
        await().atMost(Duration.ofSeconds(30)).ignoreException(PathNotFoundException.class).untilAsserted(() -> assertThat(
                (Object) JsonPath.read(explanation(student), "$.facts.enrolment.schoolCode")).isEqualTo(school));
        assertThat((Object) JsonPath.read(explanation(student), "$.facts.enrolment.locality")).isNull();

        kafka.send(school(school, LINXI, "RURAL"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                (Object) JsonPath.read(explanation(student), "$.facts.enrolment.locality")).isEqualTo("RURAL"));
        assertThat((String) JsonPath.read(explanation(student), "$.facts.enrolment.schoolKind")).isEqualTo("PRIMARY");
    }

    @Test
    void eventsThatBreakTheContractAreDeadLetteredWithTheReasonAndTheNextIsProcessed() {
        String noId = freshStudentId();
        String otherSubject = freshStudentId();
        String badCounty = freshStudentId();
        String good = freshStudentId();
        send(CloudEventRecord.of(org.eduaid.contracts.enrollment.StudentRegistered.class, noId, 1,
                new String(registered(noId, 1, true).toRecord("x").value(), StandardCharsets.UTF_8)
                        .replace("\"studentId\":\"" + noId + "\"", "\"studentId\":null")));
        send(CloudEventRecord.of(org.eduaid.contracts.enrollment.StudentRegistered.class, otherSubject, 1,
                new String(registered(freshStudentId(), 1, true).toRecord("x").value(), StandardCharsets.UTF_8)));
        send(enrolled(badCounty, 1, freshSchoolCode(), "999999", false));
        send(registered(good, 1, false));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get()
                .uri("/api/subsidies/students/{id}/eligibility", good).exchange().expectStatus().isOk());
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(2)).stream()
                        .filter(r -> List.of(noId, otherSubject, badCounty).contains(r.key())).toList(),
                        records -> records.size() >= 3);
        assertThat(reasonFor(deadLetters, noId)).contains("StudentRegistered without a studentId");
        assertThat(reasonFor(deadLetters, otherSubject)).contains("subject differs from its studentId");
        assertThat(reasonFor(deadLetters, badCounty)).contains("countyCode is not a county code");
        web.get().uri("/api/subsidies/students/{id}/eligibility", badCounty).exchange().expectStatus().isNotFound();
    }

    private static void send(CloudEventRecord record) {
        // one partition, so a barrier after them is read after them
        kafka.send(record.toRecord(Topics.ENROLLMENT_STUDENTS, 0));
    }

    /** A student on the same partition, seen once everything sent before has been read. */
    private void barrier() {
        String student = freshStudentId();
        send(registered(student, 1, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get()
                .uri("/api/subsidies/students/{id}/eligibility", student).exchange().expectStatus().isOk());
    }

    private void awaitEligible(String student, String county) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String body = explanation(student);
            assertThat(eligibleProgrammes(body)).isNotEmpty();
            assertThat((String) JsonPath.read(body, "$.countyCode")).isEqualTo(county);
        });
    }

    private String explanation(String student) {
        return web.get().uri("/api/subsidies/students/{id}/eligibility", student).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static List<String> eligibleProgrammes(String explanation) {
        return JsonPath.read(explanation, "$.programmes[?(@.eligible == true)].programmeCode");
    }

    private static List<String> decidedEvents(String student) {
        return kafka.readAll(Topics.SUBSIDY_ELIGIBILITY, Duration.ofSeconds(2)).stream()
                .filter(r -> student.equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }
}
