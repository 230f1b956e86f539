package org.eduaid.subsidy.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.eduaid.contracts.subsidy.AidApplicationApproved;
import org.eduaid.contracts.subsidy.AidApplicationMoved;
import org.eduaid.contracts.subsidy.AidApplicationRejected;
import org.eduaid.contracts.subsidy.AidApplicationReviewed;
import org.eduaid.contracts.subsidy.AidApplicationSubmitted;
import org.eduaid.contracts.subsidy.AidApplicationWithdrawn;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AidApplicationTest {

    static final SchoolYear YEAR = SchoolYear.parse("2024-2025");
    static final Instant DECIDED = Instant.parse("2024-09-02T01:00:00Z");
    static final Instant NOW = Instant.parse("2024-09-10T02:00:00Z");
    static final String NOTICE = "AN-150424-0000000000000001";

    static AidApplication submitted() {
        return AidApplication.putForward("p-student", "NUTRITION", YEAR, "150424", "1150424001", "RURAL_COMPULSORY",
                DECIDED, NOW).aggregate();
    }

    static AidApplication in(ApplicationState state) {
        AidApplication a = submitted();
        switch (state) {
            case SUBMITTED:
                return a;
            case ACCEPTED:
                return a.review(true, null, "officer", NOW).aggregate();
            case ON_NOTICE:
                return in(ApplicationState.ACCEPTED).putOnNotice(NOTICE).aggregate();
            case APPROVED:
                return in(ApplicationState.ON_NOTICE).approve(NOTICE, NOW).aggregate();
            case REJECTED:
                return a.review(false, "不符合条件", "officer", NOW).aggregate();
            default:
                return a.withdraw("NO_LONGER_ELIGIBLE", NOW).aggregate();
        }
    }

    @Test
    void theRulesPutAStudentForwardWithTheRuleAndWhenTheyWereFoundEligible() {
        ResultWithEvents<AidApplication> result = AidApplication.putForward("p-student", "NUTRITION", YEAR, "150424",
                "1150424001", "RURAL_COMPULSORY", DECIDED, NOW);

        AidApplication a = result.aggregate();
        assertThat(a.id()).isEqualTo("p-student~NUTRITION~2024-2025");
        assertThat(a.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(a.origin()).isEqualTo(Origin.AUTOMATIC);
        assertThat(a.eligibleSince()).isEqualTo(DECIDED);
        assertThat(result.events()).containsExactly(new AidApplicationSubmitted(a.id(), "p-student", "NUTRITION",
                "2024-2025", "150424", "1150424001", "AUTOMATIC", "RURAL_COMPULSORY", null, NOW));
    }

    @Test
    void aSchoolAppliesWithAReasonAndWaitsFromThen() {
        ResultWithEvents<AidApplication> result = AidApplication.applyBySchool("p-student", "BOARDING", YEAR, "150424",
                "1150424001", "  家庭突发变故  ", NOW);

        assertThat(result.aggregate().origin()).isEqualTo(Origin.SCHOOL);
        assertThat(result.aggregate().reason()).isEqualTo("家庭突发变故");
        assertThat(result.aggregate().eligibleSince()).isEqualTo(NOW);
        assertThat(((AidApplicationSubmitted) result.events().get(0)).reason()).isEqualTo("家庭突发变故");
    }

    @Test
    void aSchoolsApplicationNeedsAReasonOfAtMost500Characters() {
        assertThatThrownBy(() -> AidApplication.applyBySchool("p-student", "BOARDING", YEAR, "150424", "1150424001",
                " ", NOW)).isInstanceOf(InvalidApplicationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> AidApplication.applyBySchool("p-student", "BOARDING", YEAR, "150424", "1150424001",
                "x".repeat(501), NOW)).isInstanceOf(InvalidApplicationException.class);
    }

    @Test
    void anApplicationNeedsAValidStudentProgrammeAndCounty() {
        assertThatThrownBy(() -> AidApplication.putForward("p~x", "NUTRITION", YEAR, "150424", null, "R", DECIDED, NOW))
                .isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> AidApplication.putForward("p-x", "nutrition", YEAR, "150424", null, "R", DECIDED, NOW))
                .isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> AidApplication.putForward("p-x", "NUTRITION", YEAR, "1504", null, "R", DECIDED, NOW))
                .isInstanceOf(InvalidApplicationException.class);
    }

    @Nested
    class Review {

        @Test
        void acceptedGoesToTheNotice() {
            ResultWithEvents<AidApplication> result = submitted().review(true, "材料齐全", "officer", NOW);

            assertThat(result.aggregate().state()).isEqualTo(ApplicationState.ACCEPTED);
            assertThat(result.aggregate().reviewedBy()).isEqualTo("officer");
            assertThat(result.events()).containsExactly(new AidApplicationReviewed(submitted().id(), "p-student",
                    "NUTRITION", "2024-2025", "150424", true, "材料齐全", NOW));
        }

        @Test
        void rejectedIsFinalAndNeedsANote() {
            assertThatThrownBy(() -> submitted().review(false, null, "officer", NOW))
                    .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("note");

            ResultWithEvents<AidApplication> result = submitted().review(false, "不属于本县学生", "officer", NOW);
            assertThat(result.aggregate().state()).isEqualTo(ApplicationState.REJECTED);
            assertThat(result.aggregate().decidedAt()).isEqualTo(NOW);
            assertThat(((AidApplicationReviewed) result.events().get(0)).accepted()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = ApplicationState.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
        void onlyASubmittedApplicationIsReviewed(ApplicationState state) {
            assertThatThrownBy(() -> in(state).review(true, null, "officer", NOW))
                    .isInstanceOf(ApplicationTransitionException.class).hasMessageContaining(state.name());
        }
    }

    @Nested
    class Notice {

        @Test
        void anAcceptedApplicationGoesOnANoticeWithoutAnEvent() {
            ResultWithEvents<AidApplication> result = in(ApplicationState.ACCEPTED).putOnNotice(NOTICE);

            assertThat(result.aggregate().state()).isEqualTo(ApplicationState.ON_NOTICE);
            assertThat(result.aggregate().noticeId()).isEqualTo(NOTICE);
            assertThat(result.events()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = ApplicationState.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
        void onlyAnAcceptedApplicationGoesOnANotice(ApplicationState state) {
            assertThatThrownBy(() -> in(state).putOnNotice(NOTICE)).isInstanceOf(ApplicationTransitionException.class);
        }

        @Test
        void closingWithoutAnUpheldObjectionApproves() {
            ResultWithEvents<AidApplication> result = in(ApplicationState.ON_NOTICE).approve(NOTICE, NOW);

            assertThat(result.aggregate().state()).isEqualTo(ApplicationState.APPROVED);
            assertThat(result.events()).containsExactly(new AidApplicationApproved(submitted().id(), "p-student",
                    "NUTRITION", "2024-2025", "150424", NOTICE, NOW));
        }

        @Test
        void anUpheldObjectionRejects() {
            ResultWithEvents<AidApplication> result = in(ApplicationState.ON_NOTICE).rejectAfterObjection(NOTICE, NOW);

            assertThat(result.aggregate().state()).isEqualTo(ApplicationState.REJECTED);
            assertThat(result.events()).containsExactly(new AidApplicationRejected(submitted().id(), "p-student",
                    "NUTRITION", "2024-2025", "150424", NOTICE, NOW));
        }

        @Test
        void anotherNoticeCannotDecideIt() {
            assertThatThrownBy(() -> in(ApplicationState.ON_NOTICE).approve("AN-150424-other", NOW))
                    .isInstanceOf(ApplicationTransitionException.class).hasMessageContaining("another notice");
            assertThatThrownBy(() -> in(ApplicationState.ON_NOTICE).rejectAfterObjection("AN-150424-other", NOW))
                    .isInstanceOf(ApplicationTransitionException.class);
        }

        @ParameterizedTest
        @EnumSource(value = ApplicationState.class, names = "ON_NOTICE", mode = EnumSource.Mode.EXCLUDE)
        void onlyAnApplicationOnNoticeIsApprovedOrRejectedByIt(ApplicationState state) {
            assertThatThrownBy(() -> in(state).approve(NOTICE, NOW)).isInstanceOf(ApplicationTransitionException.class);
            assertThatThrownBy(() -> in(state).rejectAfterObjection(NOTICE, NOW))
                    .isInstanceOf(ApplicationTransitionException.class);
        }
    }

    @Nested
    class Withdrawal {

        @ParameterizedTest
        @EnumSource(value = ApplicationState.class, names = { "SUBMITTED", "ACCEPTED", "ON_NOTICE" })
        void anUndecidedApplicationIsWithdrawn(ApplicationState state) {
            ResultWithEvents<AidApplication> result = in(state).withdraw("LEFT_SCHOOL", NOW);

            assertThat(result.aggregate().state()).isEqualTo(ApplicationState.WITHDRAWN);
            assertThat(result.aggregate().withdrawalReason()).isEqualTo("LEFT_SCHOOL");
            assertThat(result.events()).containsExactly(new AidApplicationWithdrawn(submitted().id(), "p-student",
                    "NUTRITION", "2024-2025", "150424", "LEFT_SCHOOL", NOW));
        }

        @ParameterizedTest
        @EnumSource(value = ApplicationState.class, names = { "APPROVED", "REJECTED", "WITHDRAWN" })
        void aDecidedApplicationIsNotWithdrawn(ApplicationState state) {
            assertThatThrownBy(() -> in(state).withdraw("NO_LONGER_ELIGIBLE", NOW))
                    .isInstanceOf(ApplicationTransitionException.class);
        }

        @Test
        void anApprovalStandsForTheSchoolYear() {
            assertThatThrownBy(() -> in(ApplicationState.APPROVED).withdraw("NO_LONGER_ELIGIBLE", NOW))
                    .hasMessageContaining("an approval stands");
        }

        @Test
        void theReasonIsOneOfTheKnownOnes() {
            assertThatThrownBy(() -> submitted().withdraw("BORED", NOW)).isInstanceOf(InvalidApplicationException.class);
        }

        @Test
        void aWithdrawnApplicationStartsOverWhenTheStudentIsEligibleAgain() {
            ResultWithEvents<AidApplication> again = in(ApplicationState.WITHDRAWN).putForwardAgain("150425",
                    "1150425001", "DIBAO", NOW.plusSeconds(60), NOW.plusSeconds(60));

            assertThat(again.aggregate().state()).isEqualTo(ApplicationState.SUBMITTED);
            assertThat(again.aggregate().countyCode()).isEqualTo("150425");
            assertThat(again.aggregate().withdrawalReason()).isNull();
            assertThat(again.events()).hasSize(1).first().isInstanceOf(AidApplicationSubmitted.class);
        }

        @Test
        void aSchoolMayApplyForAStudentWhoseApplicationWasWithdrawn() {
            ResultWithEvents<AidApplication> again = in(ApplicationState.WITHDRAWN).applyBySchoolAgain("150424",
                    "1150424001", "家庭困难", NOW);

            assertThat(again.aggregate().origin()).isEqualTo(Origin.SCHOOL);
            assertThat(again.aggregate().state()).isEqualTo(ApplicationState.SUBMITTED);
        }

        @ParameterizedTest
        @EnumSource(value = ApplicationState.class, names = "WITHDRAWN", mode = EnumSource.Mode.EXCLUDE)
        void onlyAWithdrawnApplicationStartsOver(ApplicationState state) {
            assertThatThrownBy(() -> in(state).putForwardAgain("150424", null, "R", NOW, NOW))
                    .isInstanceOf(ApplicationTransitionException.class);
            assertThatThrownBy(() -> in(state).applyBySchoolAgain("150424", null, "家庭困难", NOW))
                    .isInstanceOf(ApplicationTransitionException.class).hasMessageContaining("already put forward");
        }
    }

    @Nested
    class Transfer {

        @ParameterizedTest
        @EnumSource(ApplicationState.class)
        void anotherCountyTakesItOverInWhateverStateItIs(ApplicationState state) {
            ResultWithEvents<AidApplication> moved = in(state).follow("150425", "1150425001", NOW);

            assertThat(moved.aggregate().state()).isEqualTo(state);
            assertThat(moved.aggregate().countyCode()).isEqualTo("150425");
            assertThat(moved.events()).containsExactly(new AidApplicationMoved(submitted().id(), "p-student",
                    "NUTRITION", "2024-2025", "150424", "150425", NOW));
        }

        @Test
        void anotherSchoolInTheSameCountyRaisesNoEvent() {
            ResultWithEvents<AidApplication> moved = submitted().follow("150424", "1150424002", NOW);

            assertThat(moved.aggregate().schoolCode()).isEqualTo("1150424002");
            assertThat(moved.events()).isEmpty();
            assertThat(submitted().isElsewhere("150424", "1150424001")).isFalse();
        }
    }

    @Test
    void everyStateIsReachableFromSubmitted() {
        Set<ApplicationState> reached = EnumSet.noneOf(ApplicationState.class);
        for (ApplicationState state : ApplicationState.values()) {
            reached.add(in(state).state());
        }
        assertThat(reached).containsExactlyInAnyOrder(ApplicationState.values());
    }
}
