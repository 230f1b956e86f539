package org.eduaid.teacher.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.eduaid.contracts.Topics;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.application.TeacherView;
import org.eduaid.teacher.testsupport.PostingSchoolsOnKafka;
import org.eduaid.teacher.testsupport.StagedTeachers;
import org.eduaid.teacher.testsupport.TeacherViews;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Training records and school pairings through the API, on the real store and broker. */
@EduAidServiceTest
class DevelopmentIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    PostingSchools schools;

    @Autowired
    StagedTeachers staged;

    @Test
    void trainingIsCreditedToTheSchoolOfTheDayAndTotalledPerProgrammeWithDistinctTeachers() {
        String county = "150429";
        String school = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", true);
        TeacherView teacher = TeacherViews.teacher().postedAt(school, county, true, "2015-09-01", null).build();
        staged.put(teacher);
        WebTestClient clerk = TestCallers.schoolClerk(county, school).signIn(anonymous);

        // the second course is sent twice, as a retried request would be: it is recorded once
        for (String course : new String[] {"乡村教师信息技术应用能力提升", "小学数学骨干教师研修", "小学数学骨干教师研修"}) {
            clerk.post().uri("/api/teachers/training/records").bodyValue(Map.of("teacherId", teacher.teacherId(),
                    "programme", "NATIONAL", "course", course, "hours", "24.5", "fundsFen", 120_000,
                    "completedOn", "2026-07-15")).exchange().expectStatus().isCreated();
        }
        clerk.post().uri("/api/teachers/training/records").bodyValue(Map.of("teacherId", teacher.teacherId(),
                "programme", "NATIONAL", "course", "x", "hours", "0.25", "fundsFen", 1, "completedOn", "2026-07-15"))
                .exchange().expectStatus().isBadRequest();
        TestCallers.schoolClerk(county, "1999999999").signIn(anonymous).post().uri("/api/teachers/training/records")
                .bodyValue(Map.of("teacherId", teacher.teacherId(), "programme", "NATIONAL", "course", "x", "hours", "1",
                        "fundsFen", 1, "completedOn", "2026-07-15")).exchange().expectStatus().isNotFound();

        TestCallers.countyOfficer(county).signIn(anonymous).get().uri("/api/teachers/training?regionCode={c}&year=2026", county)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].programme").isEqualTo("NATIONAL")
                .jsonPath("$[0].participations").isEqualTo(2)
                .jsonPath("$[0].teachers").isEqualTo(1)
                .jsonPath("$[0].hours").isEqualTo(49.0)
                .jsonPath("$[0].fundsFen").isEqualTo(240_000);
        assertThat(KafkaTestClient.shared().readAll(Topics.TEACHER_TRAINING, Duration.ofSeconds(10)))
                .filteredOn(record -> new String(record.value()).contains(teacher.teacherId()))
                .hasSize(2).allSatisfy(record -> assertThat(new String(record.value())).contains("\"hours\":245"));
    }

    @Test
    void anUrbanSchoolPairsWithARuralOneOncePerYear() {
        String county = "150429";
        String urban = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", false);
        String rural = PostingSchoolsOnKafka.register(schools, county, "TEACHING_POINT", true);
        WebTestClient officer = TestCallers.countyOfficer(county).signIn(anonymous);

        Map<String, Object> pairing = Map.of("urbanSchoolCode", urban, "ruralSchoolCode", rural, "startsOn", "2026-09-01",
                "endsOn", "2029-08-31");
        officer.post().uri("/api/teachers/pairings").bodyValue(pairing).exchange().expectStatus().isCreated();
        officer.post().uri("/api/teachers/pairings").bodyValue(pairing).exchange().expectStatus().isEqualTo(409);
        officer.post().uri("/api/teachers/pairings").bodyValue(Map.of("urbanSchoolCode", rural, "ruralSchoolCode", urban,
                "startsOn", "2026-09-01", "endsOn", "2029-08-31")).exchange().expectStatus().isBadRequest();
        TestCallers.schoolClerk(county, rural).signIn(anonymous).get().uri("/api/teachers/pairings?regionCode={c}", county)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$[0].urbanSchoolCode").isEqualTo(urban);
    }
}
