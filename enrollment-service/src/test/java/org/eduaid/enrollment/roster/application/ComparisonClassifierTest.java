package org.eduaid.enrollment.roster.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.enrollment.student.application.StudentStatus.Enrolment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComparisonClassifierTest {

    private static final PersonId CHILD = new PersonId("p-abcdefghijklmnopqrstuvwxyz");
    private static final String SCHOOL = "2150042401";
    private final ComparisonClassifier classifier = new ComparisonClassifier(20);

    private static StudentStatus status(Enrolment enrolment, String withdrawalReason) {
        return new StudentStatus(CHILD, "150424", enrolment, enrolment == Enrolment.NONE ? null : SCHOOL,
                enrolment == Enrolment.NONE ? null : "150424", LocalDate.of(2025, 9, 1), withdrawalReason, false, false,
                false, false);
    }

    private static Absence absent(int days, String school) {
        return new Absence(CHILD, school, "150424", LocalDate.of(2026, 3, 2), days, null, "clerk", Instant.now());
    }

    @Test
    void aChildNotRegisteredAsAStudentHasNoEnrolment() {
        assertThat(classifier.classify(null, List.of()))
                .contains(new Suspicion(Suspicion.Reason.NO_ENROLMENT, "not registered as a student"));
    }

    @ParameterizedTest
    @EnumSource(Enrolment.class)
    void eachEnrolmentStateWithoutAbsences(Enrolment enrolment) {
        Optional<Suspicion> suspicion = classifier.classify(status(enrolment, "外出务工"), List.of());
        switch (enrolment) {
            case NONE -> assertThat(suspicion).map(Suspicion::reason).contains(Suspicion.Reason.NO_ENROLMENT);
            case WITHDRAWN -> assertThat(suspicion).contains(new Suspicion(Suspicion.Reason.WITHDREW, "外出务工"));
            case ACTIVE, SUSPENDED, GRADUATED -> assertThat(suspicion).isEmpty();
        }
    }

    @Test
    void anEnrolledChildAbsentMoreThanTheThresholdAtItsSchoolIsSuspected() {
        StudentStatus enrolled = status(Enrolment.ACTIVE, null);
        assertThat(classifier.classify(enrolled, List.of(absent(20, SCHOOL)))).isEmpty();
        assertThat(classifier.classify(enrolled, List.of(absent(21, "2150042499")))).isEmpty();
        assertThat(classifier.classify(enrolled, List.of(absent(5, SCHOOL), absent(30, SCHOOL))))
                .map(Suspicion::reason).contains(Suspicion.Reason.PROLONGED_ABSENCE);
        assertThat(classifier.classify(enrolled, List.of(absent(30, SCHOOL))).orElseThrow().detail()).contains("30 days");
    }

    @Test
    void absencesDoNotMatterForChildrenNotEnrolled() {
        assertThat(classifier.classify(status(Enrolment.SUSPENDED, null), List.of(absent(60, SCHOOL)))).isEmpty();
        assertThat(classifier.classify(status(Enrolment.GRADUATED, null), List.of(absent(60, SCHOOL)))).isEmpty();
    }
}
