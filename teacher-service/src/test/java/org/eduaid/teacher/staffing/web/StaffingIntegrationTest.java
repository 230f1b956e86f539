package org.eduaid.teacher.staffing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentTransferred;
import org.eduaid.contracts.enrollment.StudentWithdrawn;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.testsupport.PostingSchoolsOnKafka;
import org.eduaid.teacher.testsupport.StagedTeachers;
import org.eduaid.teacher.testsupport.TeacherViews;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Students from enrollment-service's events and teachers from the registry make each school's staffing. */
@EduAidServiceTest
class StaffingIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.ENROLLMENT_STUDENTS, "teacher-school-enrolment");

    @Autowired
    WebTestClient anonymous;

    @Autowired
    PostingSchools schools;

    @Autowired
    StagedTeachers staged;

    @Test
    void aSchoolShortOfTeachersIsFoundOnceAndItsCountyListsItWithThePlan() {
        String county = "150428";
        WebTestClient officer = TestCallers.countyOfficer(county).signIn(anonymous);
        String school = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", true);
        String other = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", true);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String student = "p-" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
            students.add(student);
            records.add(enrolled(student, school, county, 2));
            // a duplicate changes nothing
            records.add(enrolled(student, school, county, 2));
        }
        // one leaves for the other school, one leaves school altogether; an old event arriving late is ignored
        records.add(CloudEventRecord.of(StudentTransferred.class, students.get(0), 3, """
                {"studentId":"%s","fromSchoolCode":"%s","fromCountyCode":"%s","toSchoolCode":"%s","toCountyCode":"%s",
                 "stage":"PRIMARY","grade":3,"boarding":false,"transferredOn":"2026-10-08","recordedAt":"2026-10-08T00:00:00Z"}"""
                .formatted(students.get(0), school, county, other, county)).toRecord(Topics.ENROLLMENT_STUDENTS, 0));
        records.add(CloudEventRecord.of(StudentWithdrawn.class, students.get(1), 3, """
                {"studentId":"%s","schoolCode":"%s","countyCode":"%s","reason":"MOVED_AWAY","withdrawnOn":"2026-10-09",
                 "recordedAt":"2026-10-09T00:00:00Z"}""".formatted(students.get(1), school, county))
                .toRecord(Topics.ENROLLMENT_STUDENTS, 0));
        records.add(enrolled(students.get(1), school, county, 1));
        KafkaTestClient.shared().sendAll(records);
        for (int i = 0; i < 2; i++) {
            staged.put(TeacherViews.teacher().teaching("CHINESE").postedAt(school, county, true, "2015-09-01", null).build());
        }

        // 58 primary pupils → 4 teachers (58 / 19 rounded up); 2 posted → 2 short
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            officer.post().uri("/api/teachers/staffing/recomputations").bodyValue(Map.of("regionCode", county)).exchange()
                    .expectStatus().isOk();
            officer.get().uri("/api/teachers/staffing/schools/{code}", school).exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.students").isEqualTo(58)
                    .jsonPath("$.requiredTeachers").isEqualTo(4)
                    .jsonPath("$.teachers").isEqualTo(2)
                    .jsonPath("$.shortfall").isEqualTo(2)
                    .jsonPath("$.teachersBySubject.CHINESE").isEqualTo(2);
        });
        officer.post().uri("/api/teachers/staffing/recomputations").bodyValue(Map.of("regionCode", county)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.changed").isEqualTo(0);

        officer.put().uri("/api/teachers/staffing/counties/{county}/plan", county)
                .bodyValue(Map.of("year", 2026, "measures", List.of(Map.of("kind", "SPECIAL_POST", "teachers", 1, "note", "特岗"))))
                .exchange().expectStatus().isOk().expectBody()
                // the other school's one pupil needs a teacher too: 3 short in all
                .jsonPath("$.covers").isEqualTo(false).jsonPath("$.uncovered").isEqualTo(2);
        officer.get().uri("/api/teachers/staffing/counties/{county}?year=2026", county).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.shortfall").isEqualTo(3)
                .jsonPath("$.schoolsShort").isEqualTo(2)
                .jsonPath("$.schools[0].schoolCode").isEqualTo(school)
                .jsonPath("$.plan.teachersPlanned").isEqualTo(1);
        TestCallers.countyOfficer("150424").signIn(anonymous).get().uri("/api/teachers/staffing/counties/{county}", county)
                .exchange().expectStatus().isNotFound();

        assertThat(KafkaTestClient.shared().readAll(Topics.TEACHER_STAFFING, Duration.ofSeconds(10)))
                .filteredOn(record -> school.equals(record.key()))
                .last()
                .satisfies(record -> assertThat(new String(record.value())).contains("\"shortfall\":2"));
    }

    @Test
    void aStudentEventWithoutAProperSchoolIsDeadLetteredWithTheReason() {
        String student = "p-" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        KafkaTestClient.shared().send(enrolled(student, "12345", "150424", 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                KafkaTestClient.shared().readAll(DEAD_LETTERS, Duration.ofSeconds(2)))
                .filteredOn(record -> student.equals(record.key()))
                .singleElement()
                .satisfies(record -> assertThat(KafkaTestClient.header(record, DeadLetterErrorHandling.REASON_HEADER))
                        .contains("schoolCode")));
    }

    private static ProducerRecord<String, byte[]> enrolled(String student, String school, String county, long sequence) {
        return CloudEventRecord.of(StudentEnrolled.class, student, sequence, """
                {"studentId":"%s","schoolCode":"%s","countyCode":"%s","stage":"PRIMARY","grade":3,"boarding":false,
                 "enrolledOn":"2026-09-01","recordedAt":"2026-09-01T00:00:00Z"}""".formatted(student, school, county))
                .toRecord(Topics.ENROLLMENT_STUDENTS, 0);
    }
}
