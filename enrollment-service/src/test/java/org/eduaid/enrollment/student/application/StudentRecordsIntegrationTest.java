package org.eduaid.enrollment.student.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.enrollment.household.application.ExternalFlags;
import org.eduaid.enrollment.household.application.StudentFlagSync;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.enrollment.school.application.SchoolRepository;
import org.eduaid.enrollment.school.domain.Locality;
import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.enrollment.school.domain.SchoolKind;
import org.eduaid.enrollment.student.StudentMother;
import org.eduaid.enrollment.student.domain.FlagName;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The ports other features call: bulk rows from imports, flags from outside systems, the directory. */
@EduAidServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentRecordsIntegrationTest {

    private static final TraceContext TRACE = new TraceContext("import-test", null);
    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    StudentRecords records;
    @Autowired
    StudentFlagSync flagSync;
    @Autowired
    StudentDirectory directory;
    @Autowired
    SchoolRepository schools;
    @Autowired
    PersonIds personIds;

    private String linxiSchool;
    private String otherLinxiSchool;

    @BeforeAll
    void schools() {
        linxiSchool = school(StudentMother.LINXI);
        otherLinxiSchool = school(StudentMother.LINXI);
    }

    @Test
    void applyingTheSameRowsTwiceChangesNothingTheSecondTime() {
        ImportScope scope = new ImportScope(StudentMother.LINXI, null, "import:150424");
        String a = StudentMother.freshIdNumber();
        String b = StudentMother.freshIdNumber();
        List<StudentRecord> rows = List.of(
                row(1, a, Set.of("REGISTERED_POOR", "LEFT_BEHIND"), linxiSchool),
                row(2, b, Set.of(), null),
                row(3, a, Set.of(), linxiSchool),
                row(4, StudentMother.freshIdNumber(), Set.of(), school(StudentMother.KESHIKETENG)));

        List<RowOutcome> first = records.apply(rows, scope, TRACE).block();
        assertThat(first).extracting(RowOutcome::result).containsExactly(RowOutcome.Result.CREATED,
                RowOutcome.Result.CREATED, RowOutcome.Result.REJECTED, RowOutcome.Result.REJECTED);
        assertThat(first.get(2).reason()).contains("row 1");
        assertThat(first.get(3).reason()).contains("outside county 150424");
        PersonId idA = personIds.of(ResidentIdNumber.parse(a));
        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsFor(idA), found -> found.size() >= 2);

        List<RowOutcome> second = records.apply(rows, scope, TRACE).block();
        assertThat(second).extracting(RowOutcome::result).containsExactly(RowOutcome.Result.UNCHANGED,
                RowOutcome.Result.UNCHANGED, RowOutcome.Result.REJECTED, RowOutcome.Result.REJECTED);
        assertThat(recordsFor(idA)).hasSameSizeAs(events);

        StudentStatus status = directory.statusOf(List.of(idA)).block().get(idA);
        assertThat(status.activelyEnrolled()).isTrue();
        assertThat(status.schoolCode()).isEqualTo(linxiSchool);
        assertThat(status.registeredPoor()).isTrue();
        assertThat(status.leftBehind()).isTrue();
    }

    @Test
    void aRowEnrollingAtAnotherSchoolIsRejectedWithTheConflictAndAPromotionIsAnUpdate() {
        ImportScope scope = new ImportScope(StudentMother.LINXI, null, "import:150424");
        String number = StudentMother.freshIdNumber();
        records.apply(List.of(row(1, number, Set.of(), linxiSchool)), scope, TRACE).block();

        List<RowOutcome> elsewhere = records.apply(List.of(row(1, number, Set.of(), otherLinxiSchool)), scope, TRACE)
                .block();
        assertThat(elsewhere.get(0).result()).isEqualTo(RowOutcome.Result.REJECTED);
        assertThat(elsewhere.get(0).reason()).contains(linxiSchool).doesNotContain(number);

        StudentRecord promoted = new StudentRecord(1, ResidentIdNumber.parse(number), "张小明", StudentMother.LINXI,
                null, null, "张大山", Set.of(), null, null,
                new StudentRecord.Enrolment(linxiSchool, "PRIMARY", 2, false, LocalDate.of(2024, 9, 1)));
        assertThat(records.apply(List.of(promoted), scope, TRACE).block().get(0).result())
                .isEqualTo(RowOutcome.Result.UPDATED);
        assertThat(records.apply(List.of(promoted), new ImportScope(StudentMother.LINXI, otherLinxiSchool, "import:x"),
                TRACE).block().get(0).result()).isEqualTo(RowOutcome.Result.REJECTED);
    }

    @Test
    void outsideFlagRecordsAreAppliedOnceAndInRecordedOrder() {
        String number = StudentMother.freshIdNumber();
        PersonId id = personIds.of(ResidentIdNumber.parse(number));
        Instant t1 = Instant.parse("2024-03-01T00:00:00Z");
        Instant t2 = Instant.parse("2024-06-01T00:00:00Z");
        ExternalFlags on = new ExternalFlags(id, "DIBAO", "civil-affairs", true, null, null, LocalDate.of(2024, 6, 1), t2);
        ExternalFlags olderOff = new ExternalFlags(id, "DIBAO", "civil-affairs", false, null, null, null, t1);

        assertThat(flagSync.apply(on, TRACE).block()).as("not a student yet").isFalse();
        records.apply(List.of(row(1, number, Set.of(), linxiSchool)),
                new ImportScope(StudentMother.LINXI, null, "import:150424"), TRACE).block();

        assertThat(flagSync.apply(on, TRACE).block()).isTrue();
        assertThat(flagSync.apply(on, TRACE).block()).as("duplicate").isFalse();
        assertThat(flagSync.apply(olderOff, TRACE).block()).as("late").isFalse();
        assertThat(directory.statusOf(List.of(id)).block()).containsKey(id);

        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsFor(id), found -> found.stream().anyMatch(r -> "eduaid.enrollment.StudentFlagsChanged.v1"
                        .equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE))));
        assertThat(events.stream().filter(r -> "eduaid.enrollment.StudentFlagsChanged.v1"
                .equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))).singleElement()
                .satisfies(r -> assertThat(new String(r.value())).contains("\"dibao\":true").contains("civil-affairs"));

        // the file's silence does not switch off an agency's flag
        assertThat(records.apply(List.of(row(1, number, Set.of(), linxiSchool)),
                new ImportScope(StudentMother.LINXI, null, "import:150424"), TRACE).block().get(0).result())
                .isEqualTo(RowOutcome.Result.UNCHANGED);
        assertThat(FlagName.DIBAO).isNotNull();
    }

    @Test
    void theDirectoryAnswersForManyIdsAndLeavesOutUnknownOnes() {
        PersonId unknown = personIds.of(ResidentIdNumber.parse(StudentMother.freshIdNumber()));
        Map<PersonId, StudentStatus> found = directory.statusOf(List.of(unknown)).block();
        assertThat(found).isEmpty();
    }

    private static StudentRecord row(long n, String number, Set<String> flags, String schoolCode) {
        return new StudentRecord(n, ResidentIdNumber.parse(number), "张小明", StudentMother.LINXI, null, null, "张大山",
                flags, null, null, schoolCode == null ? null
                        : new StudentRecord.Enrolment(schoolCode, "PRIMARY", 1, false, LocalDate.of(2024, 9, 1)));
    }

    private String school(String county) {
        String code = SchoolMother.freshSchoolCode();
        schools.add(School.register(new SchoolCode(code), "测试小学", county, SchoolKind.PRIMARY, Locality.RURAL, false,
                Instant.now()), TRACE).block();
        return code;
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(PersonId id) {
        return kafka.readAll(Topics.ENROLLMENT_STUDENTS, Duration.ofSeconds(3)).stream()
                .filter(record -> id.value().equals(record.key())).toList();
    }
}
