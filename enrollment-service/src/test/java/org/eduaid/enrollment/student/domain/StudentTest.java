package org.eduaid.enrollment.student.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentFlagsChanged;
import org.eduaid.contracts.enrollment.StudentGraduated;
import org.eduaid.contracts.enrollment.StudentPromoted;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.contracts.enrollment.StudentResumed;
import org.eduaid.contracts.enrollment.StudentSuspended;
import org.eduaid.contracts.enrollment.StudentTransferred;
import org.eduaid.contracts.enrollment.StudentWithdrawn;
import org.eduaid.enrollment.student.StudentMother;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class StudentTest {

    private static final Instant NOW = Instant.parse("2024-09-01T08:00:00Z");
    private static final LocalDate SEP_1 = LocalDate.of(2024, 9, 1);
    private static final String LINXI_SCHOOL = "1150424001";
    private static final String OTHER_LINXI_SCHOOL = "1150424002";
    private static final String KESHIKETENG_SCHOOL = "1150425001";

    private final Student registered = StudentMother.registered(StudentMother.personId(1));

    private Student enrolled() {
        return registered.enrol(StudentMother.linxiPrimary(LINXI_SCHOOL, 1), SEP_1, NOW).aggregate();
    }

    @Test
    void registrationRaisesStudentRegisteredWithMaskedIdentityOnly() {
        String number = StudentMother.freshIdNumber();
        var result = Student.register(StudentMother.personId(2), ResidentIdNumber.parse(number), "欧阳小红",
                new Household("150424", "150424100", "150424100201"), null,
                List.of(FlagSetting.of(FlagName.LEFT_BEHIND, true)), "COUNTY_OFFICER:li", NOW);

        StudentRegistered event = (StudentRegistered) result.events().get(0);
        assertThat(event.maskedIdNumber()).isEqualTo(number.substring(0, 6) + "********" + number.substring(14));
        assertThat(event.maskedName()).isEqualTo("欧阳**");
        assertThat(event.flags().leftBehind()).isTrue();
        assertThat(event.toString()).doesNotContain(number).doesNotContain("小红");
        assertThat(result.aggregate().flags().get(FlagName.LEFT_BEHIND).source()).isEqualTo("COUNTY_OFFICER:li");
        assertThat(result.aggregate().flagHistory()).hasSize(1);
    }

    @Test
    void enrolPromoteSuspendResumeGraduate() {
        var enrolled = registered.enrol(StudentMother.linxiPrimary(LINXI_SCHOOL, 1), SEP_1, NOW);
        assertThat(enrolled.events()).singleElement().isInstanceOf(StudentEnrolled.class);
        assertThat(enrolled.aggregate().current()).get().extracting(Enrolment::state).isEqualTo(EnrolmentState.ACTIVE);

        var promoted = enrolled.aggregate().promote(Stage.PRIMARY, 2, SEP_1.plusYears(1), NOW);
        assertThat(promoted.events()).singleElement().isInstanceOf(StudentPromoted.class);
        assertThat(promoted.aggregate().current().get().placement().grade()).isEqualTo(2);

        var suspended = promoted.aggregate().suspend(SuspensionReason.ILLNESS, SEP_1.plusYears(1).plusMonths(1), NOW);
        assertThat(suspended.events()).singleElement().isInstanceOf(StudentSuspended.class);
        assertThat(suspended.aggregate().current().get().state()).isEqualTo(EnrolmentState.SUSPENDED);

        var resumed = suspended.aggregate().resume(SEP_1.plusYears(2), NOW);
        assertThat(resumed.events()).singleElement().isInstanceOf(StudentResumed.class);

        var graduated = resumed.aggregate().graduate(SEP_1.plusYears(6), NOW);
        assertThat(graduated.events()).singleElement().isInstanceOf(StudentGraduated.class);
        assertThat(graduated.aggregate().current()).isEmpty();
        assertThat(graduated.aggregate().lastEnrolment().get().state()).isEqualTo(EnrolmentState.GRADUATED);
    }

    @Test
    void withdrawingFromActiveOrSuspendedEndsTheEnrolmentAndAllowsALaterEnrolment() {
        var withdrawn = enrolled().withdraw(WithdrawalReason.DROPPED_OUT, SEP_1.plusMonths(3), NOW);
        assertThat(((StudentWithdrawn) withdrawn.events().get(0)).reason()).isEqualTo("DROPPED_OUT");
        assertThat(withdrawn.aggregate().current()).isEmpty();

        var suspended = enrolled().suspend(SuspensionReason.FAMILY, SEP_1, NOW).aggregate();
        assertThat(suspended.withdraw(WithdrawalReason.MOVED_AWAY, SEP_1, NOW).aggregate().lastEnrolment().get().state())
                .isEqualTo(EnrolmentState.WITHDRAWN);

        var back = withdrawn.aggregate().enrol(StudentMother.linxiPrimary(OTHER_LINXI_SCHOOL, 1), SEP_1.plusYears(1), NOW);
        assertThat(back.aggregate().enrolments()).hasSize(2);
    }

    @Test
    void aTransferAcrossCountiesEndsOneEnrolmentAndStartsAnotherInTheReceivingCounty() {
        var transferred = enrolled().transfer(StudentMother.keshiketengPrimary(KESHIKETENG_SCHOOL, 1),
                SEP_1.plusMonths(2), NOW);

        StudentTransferred event = (StudentTransferred) transferred.events().get(0);
        assertThat(event.fromCountyCode()).isEqualTo("150424");
        assertThat(event.toCountyCode()).isEqualTo("150425");
        List<Enrolment> history = transferred.aggregate().enrolments();
        assertThat(history).extracting(Enrolment::state)
                .containsExactly(EnrolmentState.TRANSFERRED_OUT, EnrolmentState.ACTIVE);
        assertThat(history.get(0).since()).isEqualTo(SEP_1.plusMonths(2));
        assertThat(transferred.aggregate().current().get().countyCode()).isEqualTo("150425");
        assertThat(history.stream().filter(e -> e.state().holdsPlace())).hasSize(1);
    }

    @Test
    void enrollingAStudentEnrolledElsewhereIsTheDuplicateEnrolmentConflict() {
        Student student = enrolled();
        assertThatThrownBy(() -> student.enrol(StudentMother.keshiketengPrimary(KESHIKETENG_SCHOOL, 1), SEP_1, NOW))
                .isInstanceOf(DuplicateEnrolmentException.class)
                .hasMessageContaining(LINXI_SCHOOL).hasMessageContaining("150424")
                .satisfies(e -> assertThat(((DuplicateEnrolmentException) e).schoolCode()).isEqualTo(LINXI_SCHOOL));
        Student suspended = student.suspend(SuspensionReason.ILLNESS, SEP_1, NOW).aggregate();
        assertThatThrownBy(() -> suspended.enrol(StudentMother.linxiPrimary(OTHER_LINXI_SCHOOL, 1), SEP_1, NOW))
                .isInstanceOf(DuplicateEnrolmentException.class);
        assertThatThrownBy(() -> student.enrol(StudentMother.linxiPrimary(LINXI_SCHOOL, 1), SEP_1, NOW))
                .isInstanceOf(StudentRuleException.class).isNotInstanceOf(DuplicateEnrolmentException.class);
    }

    @Test
    void forbiddenTransitions() {
        assertThatThrownBy(() -> registered.promote(Stage.PRIMARY, 2, SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> registered.withdraw(WithdrawalReason.OTHER, SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> registered.transfer(StudentMother.linxiPrimary(LINXI_SCHOOL, 1), SEP_1, NOW))
                .isInstanceOf(StudentRuleException.class);
        Student active = enrolled();
        assertThatThrownBy(() -> active.resume(SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> active.promote(Stage.PRIMARY, 1, SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> active.transfer(StudentMother.linxiPrimary(LINXI_SCHOOL, 2), SEP_1, NOW))
                .isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> active.graduate(SEP_1.minusDays(1), NOW)).isInstanceOf(IllegalArgumentException.class);
        Student suspended = active.suspend(SuspensionReason.ILLNESS, SEP_1, NOW).aggregate();
        assertThatThrownBy(() -> suspended.graduate(SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> suspended.suspend(SuspensionReason.ILLNESS, SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> suspended.transfer(StudentMother.linxiPrimary(OTHER_LINXI_SCHOOL, 1), SEP_1, NOW))
                .isInstanceOf(StudentRuleException.class);
        Student graduated = active.graduate(SEP_1, NOW).aggregate();
        assertThatThrownBy(() -> graduated.withdraw(WithdrawalReason.OTHER, SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        assertThatThrownBy(() -> graduated.resume(SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
        Student withdrawn = enrolled().withdraw(WithdrawalReason.OTHER, SEP_1, NOW).aggregate();
        assertThatThrownBy(() -> withdrawn.graduate(SEP_1, NOW)).isInstanceOf(StudentRuleException.class);
    }

    @Test
    void eachFlagKeepsItsValueSourceAndHistoryAndRestatingChangesNothing() {
        var edited = registered.setFlags(List.of(FlagSetting.of(FlagName.RELOCATED, true),
                FlagSetting.disability("VISUAL", 2)), "COUNTY_OFFICER:li", SEP_1, NOW);
        StudentFlagsChanged event = (StudentFlagsChanged) edited.events().get(0);
        assertThat(event.changed()).containsExactly("RELOCATED", "DISABILITY");
        assertThat(event.flags().disability().kind()).isEqualTo("VISUAL");
        assertThat(event.flags().relocated()).isTrue();
        assertThat(edited.aggregate().flags().get(FlagName.RELOCATED))
                .isEqualTo(new FlagValue(true, null, null, "COUNTY_OFFICER:li", SEP_1, NOW));

        var again = edited.aggregate().setFlags(List.of(FlagSetting.of(FlagName.RELOCATED, true)), "COUNTY_OFFICER:wang",
                SEP_1, NOW);
        assertThat(again.events()).isEmpty();
        assertThat(again.aggregate()).isEqualTo(edited.aggregate());

        var off = edited.aggregate().setFlags(List.of(FlagSetting.of(FlagName.RELOCATED, false)), "COUNTY_OFFICER:wang",
                null, NOW);
        assertThat(off.aggregate().flagHistory()).extracting(FlagChange::flag)
                .containsExactly(FlagName.RELOCATED, FlagName.DISABILITY, FlagName.RELOCATED);
        assertThat(off.aggregate().flags().get(FlagName.RELOCATED).source()).isEqualTo("COUNTY_OFFICER:wang");
        assertThatThrownBy(() -> FlagSetting.disability("GIANT", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlagSetting.disability("VISUAL", 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outsideRecordsAreAppliedInRecordedOrderAndLateOrRepeatedOnesChangeNothing() {
        Instant t1 = Instant.parse("2024-03-01T00:00:00Z");
        Instant t2 = Instant.parse("2024-06-01T00:00:00Z");
        ResultWithEvents<Student> on = registered.hear(FlagSetting.of(FlagName.REGISTERED_POOR, true),
                "poverty-registry", SEP_1, t2, NOW);
        assertThat(on.events()).singleElement().isInstanceOf(StudentFlagsChanged.class);

        var repeated = on.aggregate().hear(FlagSetting.of(FlagName.REGISTERED_POOR, true), "poverty-registry", SEP_1, t2, NOW);
        assertThat(repeated.events()).isEmpty();
        assertThat(repeated.aggregate()).isEqualTo(on.aggregate());

        var late = on.aggregate().hear(FlagSetting.of(FlagName.REGISTERED_POOR, false), "poverty-registry", null, t1, NOW);
        assertThat(late.events()).isEmpty();
        assertThat(late.aggregate().isOn(FlagName.REGISTERED_POOR)).isTrue();

        var lifted = on.aggregate().hear(FlagSetting.of(FlagName.REGISTERED_POOR, false), "poverty-registry", null,
                t2.plusSeconds(1), NOW);
        assertThat(lifted.aggregate().isOn(FlagName.REGISTERED_POOR)).isFalse();
        assertThat(lifted.aggregate().lastHeard(FlagName.REGISTERED_POOR, "poverty-registry")).contains(t2.plusSeconds(1));
    }
}
