package org.eduaid.enrollment.dropout.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.CHIFENG;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.LINXI;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.NOW;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.OFFICER;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.TODAY;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.in;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.stamp;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.stampOn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eduaid.contracts.enrollment.DropoutCaseClosed;
import org.eduaid.contracts.enrollment.DropoutCaseDeferred;
import org.eduaid.contracts.enrollment.DropoutCaseEscalated;
import org.eduaid.contracts.enrollment.DropoutCaseOpened;
import org.eduaid.contracts.enrollment.DropoutCasePersuasionStarted;
import org.eduaid.contracts.enrollment.DropoutCasePlaced;
import org.eduaid.contracts.enrollment.DropoutCaseReturned;
import org.eduaid.contracts.enrollment.DropoutCaseVerified;
import org.eduaid.enrollment.dropout.DropoutCaseMother;
import org.eduaid.kit.domain.ResultWithEvents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DropoutCaseTest {

    /** Each command, applied with valid data, and the one state (or states) it is allowed from. */
    private static final Map<String, Function<DropoutCase, ResultWithEvents<DropoutCase>>> COMMANDS = Map.of(
            "verify", c -> c.verify(DropoutCaseMother.genuineVisit(), stamp()),
            "recordVisit", c -> c.recordVisit(DropoutCaseMother.furtherVisit(), stamp()),
            "startPersuasion", c -> c.startPersuasion(DropoutCaseMother.persuasion(), stamp()),
            "recordReturn", c -> c.recordReturn(DropoutCaseMother.proof(), stamp()),
            "place", c -> c.place(DropoutCaseMother.placement(), true, stamp()),
            "defer", c -> c.defer(DropoutCaseMother.deferral(), stamp()),
            "close", c -> c.close("销号", DropoutCaseMother.proof(), stamp()));

    private static final Map<String, Set<CaseState>> ALLOWED = Map.of(
            "verify", EnumSet.of(CaseState.REPORTED),
            "recordVisit", EnumSet.of(CaseState.PERSUASION),
            "startPersuasion", EnumSet.of(CaseState.VERIFIED_GENUINE),
            "recordReturn", EnumSet.of(CaseState.PERSUASION),
            "place", EnumSet.of(CaseState.PERSUASION),
            "defer", EnumSet.of(CaseState.PERSUASION),
            "close", EnumSet.of(CaseState.RETURNED, CaseState.PLACED, CaseState.DEFERRED, CaseState.EXEMPTED,
                    CaseState.NOT_GENUINE));

    /** Where each allowed command leads. */
    private static final Map<String, CaseState> TARGET = Map.of(
            "verify", CaseState.VERIFIED_GENUINE, "recordVisit", CaseState.PERSUASION,
            "startPersuasion", CaseState.PERSUASION, "recordReturn", CaseState.RETURNED, "place", CaseState.PLACED,
            "defer", CaseState.DEFERRED, "close", CaseState.CLOSED);

    @TestFactory
    Stream<DynamicTest> everyCommandFromEveryState() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            for (String command : COMMANDS.keySet()) {
                boolean allowed = ALLOWED.get(command).contains(state);
                tests.add(DynamicTest.dynamicTest(command + " from " + state + (allowed ? " → " + TARGET.get(command)
                        : " is refused"), () -> {
                            DropoutCase before = in(state);
                            if (allowed) {
                                var result = COMMANDS.get(command).apply(before);
                                assertThat(result.aggregate().state()).isEqualTo(TARGET.get(command));
                                assertThat(result.aggregate().timeline()).hasSize(before.timeline().size() + 1);
                                TimelineEntry last = result.aggregate().timeline().get(before.timeline().size());
                                assertThat(last.from()).isEqualTo(state);
                                assertThat(last.by()).isEqualTo(OFFICER);
                                assertThat(last.at()).isEqualTo(NOW);
                                assertThat(result.events()).hasSize(command.equals("recordVisit") ? 0 : 1);
                            } else {
                                assertThatThrownBy(() -> COMMANDS.get(command).apply(before))
                                        .isInstanceOf(CaseTransitionException.class)
                                        .hasMessageContaining(state.name())
                                        .satisfies(e -> assertThat(((CaseTransitionException) e).from()).isEqualTo(state));
                            }
                        }));
            }
        }
        return tests.stream();
    }

    @Test
    void openingRaisesOpenedWithTheGroupsAndKeepsWhoOpenedIt() {
        var child = DropoutCaseMother.freshChild();
        var id = CaseId.fresh();
        var result = DropoutCase.open(id, child, LINXI, CHIFENG, CaseReason.WITHDREW, " 辍学务工 ",
                Set.of(PriorityGroup.ORPHAN, PriorityGroup.DISABLED), stamp());

        assertThat(result.aggregate().state()).isEqualTo(CaseState.REPORTED);
        assertThat(result.aggregate().detail()).isEqualTo("辍学务工");
        assertThat(result.aggregate().timeline()).singleElement()
                .satisfies(entry -> assertThat(entry.step()).isEqualTo(TimelineEntry.Step.OPENED));
        assertThat(result.events()).containsExactly(new DropoutCaseOpened(id.value(), child.value(), LINXI, "WITHDREW",
                List.of("DISABLED", "ORPHAN"), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Finding.class, names = "GENUINE", mode = EnumSource.Mode.EXCLUDE)
    void aVisitFindingAnythingButGenuineMakesTheCaseNotGenuineWhichCanOnlyBeClosed(Finding finding) {
        var result = in(CaseState.REPORTED).verify(DropoutCaseMother.visit(finding), stamp());

        assertThat(result.aggregate().state()).isEqualTo(CaseState.NOT_GENUINE);
        assertThat(result.events()).singleElement().isInstanceOfSatisfying(DropoutCaseVerified.class, event -> {
            assertThat(event.finding()).isEqualTo(finding.name());
            assertThat(event.genuine()).isFalse();
        });
        var closed = result.aggregate().close("户籍已迁出", null, stamp());
        assertThat(closed.aggregate().outcome()).isEqualTo(CaseOutcome.NOT_GENUINE);
        assertThat(closed.events()).singleElement().isInstanceOf(DropoutCaseClosed.class);
    }

    @Test
    void theVerifyingVisitNeedsAFindingAndMayNotLieInTheFuture() {
        assertThatThrownBy(() -> in(CaseState.REPORTED).verify(DropoutCaseMother.furtherVisit(), stamp()))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("finding");
        var tomorrow = new Visit(TODAY.plusDays(1), List.of("李老师"), Finding.GENUINE, null);
        assertThatThrownBy(() -> in(CaseState.REPORTED).verify(tomorrow, stamp()))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("visitedOn");
        assertThatThrownBy(() -> new Visit(TODAY, List.of(), Finding.GENUINE, null))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("visitors");
    }

    @Test
    void furtherVisitsDuringPersuasionAreKeptWithoutAnEvent() {
        var result = in(CaseState.PERSUASION).recordVisit(DropoutCaseMother.furtherVisit(), stamp());

        assertThat(result.events()).isEmpty();
        assertThat(result.aggregate().timeline()).last().satisfies(entry -> {
            assertThat(entry.step()).isEqualTo(TimelineEntry.Step.VISITED);
            assertThat(entry.visit().visitors()).containsExactly("李老师");
        });
    }

    @Test
    void persuasionNeedsTwoDifferentOfficialsAndADeadlineNotInThePast() {
        assertThatThrownBy(() -> new Persuasion("赵永福", " 赵永福 ", TODAY))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("educationOfficial");
        assertThatThrownBy(() -> new Persuasion("赵永福", "", TODAY))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("educationOfficial");
        assertThatThrownBy(() -> new Persuasion(null, "钱丽华", TODAY))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("governmentOfficial");
        assertThatThrownBy(() -> in(CaseState.VERIFIED_GENUINE)
                .startPersuasion(new Persuasion("赵永福", "钱丽华", TODAY.minusDays(1)), stamp()))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("deadline");

        var today = in(CaseState.VERIFIED_GENUINE).startPersuasion(new Persuasion("赵永福", "钱丽华", TODAY), stamp());
        assertThat(today.events()).singleElement().isInstanceOfSatisfying(DropoutCasePersuasionStarted.class,
                event -> assertThat(event.deadline()).isEqualTo(TODAY.toString()));
    }

    @Test
    void aReturnNeedsTheProofOfAnActiveEnrolment() {
        assertThatThrownBy(() -> in(CaseState.PERSUASION).recordReturn(null, stamp()))
                .isInstanceOf(CaseTransitionException.class).hasMessageContaining("active enrolment");

        var returned = in(CaseState.PERSUASION).recordReturn(DropoutCaseMother.proof(), stamp());
        assertThat(returned.aggregate().proof()).isEqualTo(DropoutCaseMother.proof());
        assertThat(returned.events()).singleElement().isInstanceOfSatisfying(DropoutCaseReturned.class,
                event -> assertThat(event.schoolCode()).isEqualTo(DropoutCaseMother.SCHOOL));
    }

    @Test
    void aReturnedCaseClosesOnlyWhileTheEnrolmentIsStillActive() {
        DropoutCase returned = in(CaseState.RETURNED);
        assertThatThrownBy(() -> returned.close("已复学", null, stamp()))
                .isInstanceOf(CaseTransitionException.class).hasMessageContaining("RETURNED");

        var closed = returned.close("已复学", DropoutCaseMother.proof(), stamp());
        assertThat(closed.aggregate().outcome()).isEqualTo(CaseOutcome.RETURNED);
        assertThat(closed.aggregate().open()).isFalse();
        assertThat(closed.events()).containsExactly(new DropoutCaseClosed(returned.id().value(),
                returned.child().value(), LINXI, "RETURNED", "已复学", NOW));
    }

    @Test
    void placementIsOnlyForADisabledChild() {
        DropoutCase notDisabled = DropoutCaseMother.reported(Set.of(PriorityGroup.LEFT_BEHIND))
                .verify(DropoutCaseMother.genuineVisit(), stamp()).aggregate()
                .startPersuasion(DropoutCaseMother.persuasion(), stamp()).aggregate();
        assertThatThrownBy(() -> notDisabled.place(DropoutCaseMother.placement(), false, stamp()))
                .isInstanceOf(CaseTransitionException.class).hasMessageContaining("disability");

        // a disability certified after the case opened counts too
        var placed = notDisabled.place(DropoutCaseMother.placement(), true, stamp());
        assertThat(placed.events()).singleElement().isInstanceOfSatisfying(DropoutCasePlaced.class, event -> {
            assertThat(event.placement()).isEqualTo("HOME_TEACHING");
            assertThat(event.schoolCode()).isEqualTo(DropoutCaseMother.SCHOOL);
        });
        assertThat(placed.aggregate().placement().plan()).contains("送教上门");
    }

    @Test
    void aPlacementHasAKindAPlanAndTheResponsibleSchool() {
        assertThatThrownBy(() -> new Placement(PlacementKind.SPECIAL_SCHOOL, " ", DropoutCaseMother.SCHOOL, TODAY))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("plan");
        assertThatThrownBy(() -> new Placement(PlacementKind.SPECIAL_SCHOOL, "特校", "123", TODAY))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("schoolCode");
        assertThatThrownBy(() -> new Placement(null, "特校", DropoutCaseMother.SCHOOL, TODAY))
                .isInstanceOf(InvalidCaseDataException.class);
    }

    @Test
    void aDeferralRunsUntilALaterDayAndAnExemptionHasNoEnd() {
        assertThatThrownBy(() -> new Deferral(Deferral.Decision.DEFERRED, "康复", null))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("until");
        assertThatThrownBy(() -> new Deferral(Deferral.Decision.EXEMPTED, "重病", TODAY.plusDays(3)))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("until");
        assertThatThrownBy(() -> in(CaseState.PERSUASION)
                .defer(new Deferral(Deferral.Decision.DEFERRED, "康复", TODAY), stamp()))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("until");

        var exempted = in(CaseState.PERSUASION).defer(DropoutCaseMother.exemption(), stamp());
        assertThat(exempted.aggregate().state()).isEqualTo(CaseState.EXEMPTED);
        assertThat(exempted.events()).singleElement().isInstanceOfSatisfying(DropoutCaseDeferred.class, event -> {
            assertThat(event.decision()).isEqualTo("EXEMPTED");
            assertThat(event.until()).isNull();
        });
        assertThat(exempted.aggregate().close("免学", null, stamp()).aggregate().outcome())
                .isEqualTo(CaseOutcome.EXEMPTED);
    }

    @Test
    void anOverdueCaseEscalatesToTheCityOnce() {
        DropoutCase persuading = in(CaseState.PERSUASION);
        LocalDate deadline = persuading.persuasion().deadline();

        assertThat(persuading.escalateIfOverdue(stampOn(deadline)).events()).isEmpty();

        var escalated = persuading.escalateIfOverdue(stampOn(deadline.plusDays(1)));
        assertThat(escalated.aggregate().escalated()).isTrue();
        assertThat(escalated.aggregate().state()).isEqualTo(CaseState.PERSUASION);
        assertThat(escalated.events()).containsExactly(new DropoutCaseEscalated(persuading.id().value(),
                persuading.child().value(), LINXI, CHIFENG, deadline.toString(), NOW));
        assertThat(escalated.aggregate().timeline()).last()
                .satisfies(entry -> assertThat(entry.step()).isEqualTo(TimelineEntry.Step.ESCALATED));

        var again = escalated.aggregate().escalateIfOverdue(stampOn(deadline.plusDays(30)));
        assertThat(again.events()).isEmpty();
        assertThat(again.aggregate()).isSameAs(escalated.aggregate());
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = "PERSUASION", mode = EnumSource.Mode.EXCLUDE)
    void onlyACaseInPersuasionCanBeOverdue(CaseState state) {
        var result = in(state).escalateIfOverdue(stampOn(TODAY.plusYears(1)));
        assertThat(result.events()).isEmpty();
        assertThat(result.aggregate().escalated()).isFalse();
    }

    @Test
    void priorityGroupsComeFromTheFlagsAndAChildFromAnotherCountyIsAMigrant() {
        assertThat(PriorityGroup.of(true, false, true, true, LINXI, LINXI))
                .containsExactlyInAnyOrder(PriorityGroup.REGISTERED_POOR, PriorityGroup.DISABLED, PriorityGroup.LEFT_BEHIND);
        assertThat(PriorityGroup.of(false, true, false, false, "150425", LINXI))
                .containsExactlyInAnyOrder(PriorityGroup.ORPHAN, PriorityGroup.MIGRANT);
        assertThat(PriorityGroup.of(false, false, false, false, null, LINXI)).isEmpty();
    }

    @Test
    void aCaseIdIsRandomAndShapedLikeOne() {
        assertThat(CaseId.fresh()).isNotEqualTo(CaseId.fresh());
        assertThat(CaseId.isValid(CaseId.fresh().value())).isTrue();
        assertThatThrownBy(() -> new CaseId("case-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseId("{\"$ne\":null}")).isInstanceOf(IllegalArgumentException.class);
    }

}
