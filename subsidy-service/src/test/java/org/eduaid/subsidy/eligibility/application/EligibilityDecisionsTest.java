package org.eduaid.subsidy.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.eduaid.contracts.subsidy.EligibilityDecided;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.eligibility.config.EligibilityProperties;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.eduaid.subsidy.review.application.EligibleAid;
import org.eduaid.subsidy.school.application.AidSchool;
import org.eduaid.subsidy.school.application.AidSchools;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * Deciding after each student event, against in-memory ports: what the county's list is told, and
 * that a redelivered event asks for the same again without changing anything.
 */
class EligibilityDecisionsTest {

    static final String SCHOOL = "1504240001";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-08T02:00:00Z"), ZoneOffset.UTC);
    static final List<Programme> CATALOGUE = org.eduaid.subsidy.eligibility.domain.StudentEligibilityTestCatalogue.CATALOGUE;

    final InMemoryStudentEligibility store = new InMemoryStudentEligibility();
    final RecordingAutomaticApplications applications = new RecordingAutomaticApplications();
    final java.util.Map<String, AidSchool> schools = new java.util.concurrent.ConcurrentHashMap<>(
            java.util.Map.of(SCHOOL, new AidSchool(SCHOOL, "第一小学", "150424", "PRIMARY", "RURAL", true)));
    final Catalogue catalogue = new Catalogue() {
        @Override
        public Mono<List<Programme>> inForceOn(LocalDate date) {
            return Mono.just(CATALOGUE);
        }

        @Override
        public Mono<Programme> find(String code) {
            return Mono.justOrEmpty(CATALOGUE.stream().filter(p -> p.code().equals(code)).findFirst());
        }
    };
    final AidSchools aidSchools = code -> Mono.justOrEmpty(schools.get(code));
    final EligibilityDecisions decisions = new EligibilityDecisions(store, catalogue, new SchoolFactsLookup(aidSchools),
            store, new AidEffects(applications), CLOCK, new EligibilityProperties(null, 0, 0));

    @Test
    void anEligibleStudentIsPutForwardForTheSchoolYearWithTheRuleAndCounty() {
        enrolPoorBoarder("p-a");

        assertThat(applications.putForward).extracting(EligibleAid::programmeCode)
                .containsExactly("ALLOWANCE", "NUTRITION");
        EligibleAid allowance = applications.putForward.get(0);
        assertThat(allowance.schoolYear()).isEqualTo(SchoolYear.parse("2026-2027"));
        assertThat(allowance.countyCode()).isEqualTo("150424");
        assertThat(allowance.schoolCode()).isEqualTo(SCHOOL);
        assertThat(allowance.ruleCode()).isEqualTo("POOR-BOARDER");
        assertThat(allowance.decidedAt()).isEqualTo(CLOCK.instant());
        assertThat(store.events.get("p-a")).hasSize(1).first().isInstanceOf(EligibilityDecided.class);
    }

    @Test
    void aRedeliveredEventChangesNothingButAsksForTheSameAgain() {
        enrolPoorBoarder("p-b");
        apply("p-b", 3, s -> s.left(3, org.eduaid.subsidy.eligibility.domain.LeftSchool.WITHDRAWN));
        StoredStudent before = store.rows.get("p-b");
        applications.clear();

        apply("p-b", 3, s -> s.left(3, org.eduaid.subsidy.eligibility.domain.LeftSchool.WITHDRAWN));
        apply("p-b", 2, s -> s.enrolled(2, SCHOOL, "150424", Stage.PRIMARY, 3, true));

        assertThat(store.rows.get("p-b")).isEqualTo(before);
        assertThat(store.events.get("p-b")).hasSize(2);
        assertThat(applications.putForward).isEmpty();
        assertThat(applications.withdrawn).hasSize(4).allMatch(w -> w.reason().equals("LEFT_SCHOOL"));
    }

    @Test
    void aWithdrawalWithdrawsEveryProgrammeBecauseTheStudentLeftSchool() {
        enrolPoorBoarder("p-c");
        applications.clear();

        apply("p-c", 3, s -> s.left(3, org.eduaid.subsidy.eligibility.domain.LeftSchool.WITHDRAWN));

        assertThat(applications.putForward).isEmpty();
        assertThat(applications.withdrawn).extracting(w -> w.aid().programmeCode())
                .containsExactlyInAnyOrder("ALLOWANCE", "NUTRITION");
        assertThat(applications.withdrawn).allMatch(w -> w.reason().equals(StudentEligibility.LEFT_SCHOOL));
    }

    @Test
    void aLostFlagWithdrawsOnlyThatProgrammeAndKeepsTheOtherPutForward() {
        enrolPoorBoarder("p-d");
        applications.clear();

        apply("p-d", 3, s -> s.flagsChanged(3, Set.of(), null));

        assertThat(applications.putForward).extracting(EligibleAid::programmeCode).containsExactly("NUTRITION");
        assertThat(applications.withdrawn).singleElement().satisfies(w -> {
            assertThat(w.aid().programmeCode()).isEqualTo("ALLOWANCE");
            assertThat(w.reason()).isEqualTo(StudentEligibility.NO_LONGER_ELIGIBLE);
        });
    }

    @Test
    void aWriteThatLostARaceIsDecidedAgainFromWhatWon() {
        enrolPoorBoarder("p-e");
        store.staleWrites.set(2);

        apply("p-e", 3, s -> s.flagsChanged(3, Set.of(), null));

        assertThat(store.rows.get("p-e").student().appliedSequence()).isEqualTo(3);
        assertThat(store.rows.get("p-e").student().eligibleProgrammes()).containsExactly("NUTRITION");
    }

    @Test
    void aStudentAtASchoolNotYetKnownWaitsForItAndIsDecidedAgainWhenItArrives() {
        String unknown = "1504249999";
        apply("p-f", 1, s -> s.registered(1, "王*", null, "150424", Set.of(), null));
        apply("p-f", 2, s -> s.enrolled(2, unknown, "150424", Stage.PRIMARY, 1, false));
        assertThat(store.waits.get(unknown)).containsExactly("p-f");
        assertThat(store.rows.get("p-f").student().eligibleProgrammes()).isEmpty();

        schools.put(unknown, new AidSchool(unknown, "新学校", "150424", "PRIMARY", "RURAL", false));
        new SchoolArrivals(store, new SchoolFactsLookup(aidSchools), decisions).decideThoseWhoseSchoolArrived();

        assertThat(store.rows.get("p-f").student().eligibleProgrammes()).containsExactly("NUTRITION");
        assertThat(store.waits.get(unknown)).isEmpty();
    }

    @Test
    void aBatchDecidesEachStudentOnceFromAllItsEventsAndPutsForwardInOneCall() {
        decisions.applyAll(List.of(
                event("b-a", 1, s -> s.registered(1, "王*", null, "150424", Set.of(HouseholdFlag.REGISTERED_POOR), null)),
                event("b-b", 1, s -> s.registered(1, "李*", null, "150424", Set.of(), null)),
                event("b-a", 2, s -> s.enrolled(2, SCHOOL, "150424", Stage.PRIMARY, 3, true)),
                event("b-b", 2, s -> s.enrolled(2, SCHOOL, "150424", Stage.PRIMARY, 3, false)))).block();

        assertThat(store.rows.get("b-a").student().appliedSequence()).isEqualTo(2);
        assertThat(store.rows.get("b-a").student().eligibleProgrammes()).containsExactly("ALLOWANCE", "NUTRITION");
        assertThat(store.rows.get("b-b").student().eligibleProgrammes()).containsExactly("NUTRITION");
        assertThat(store.events.get("b-a")).singleElement().isInstanceOf(EligibilityDecided.class);
        assertThat(applications.putForwardCalls).hasValue(1);
        assertThat(applications.putForward).extracting(aid -> aid.studentId() + ":" + aid.programmeCode())
                .containsExactlyInAnyOrder("b-a:ALLOWANCE", "b-a:NUTRITION", "b-b:NUTRITION");
    }

    @Test
    void inABatchAnEventNotNewerChangesNothingButItsEffectsAreAskedForAgain() {
        enrolPoorBoarder("b-c");
        applications.clear();

        decisions.applyAll(List.of(
                event("b-c", 3, s -> s.left(3, org.eduaid.subsidy.eligibility.domain.LeftSchool.WITHDRAWN)),
                event("b-c", 3, s -> s.left(3, org.eduaid.subsidy.eligibility.domain.LeftSchool.WITHDRAWN)),
                event("b-c", 2, s -> s.enrolled(2, SCHOOL, "150424", Stage.PRIMARY, 3, true)))).block();
        StoredStudent after = store.rows.get("b-c");
        assertThat(after.student().appliedSequence()).isEqualTo(3);
        assertThat(after.student().eligibleProgrammes()).isEmpty();
        assertThat(applications.withdrawn).extracting(w -> w.aid().programmeCode())
                .containsExactlyInAnyOrder("ALLOWANCE", "NUTRITION");
        applications.clear();

        decisions.applyAll(List.of(
                event("b-c", 3, s -> s.left(3, org.eduaid.subsidy.eligibility.domain.LeftSchool.WITHDRAWN)),
                event("b-c", 2, s -> s.enrolled(2, SCHOOL, "150424", Stage.PRIMARY, 3, true)))).block();

        assertThat(store.rows.get("b-c")).isEqualTo(after);
        assertThat(applications.putForward).isEmpty();
        assertThat(applications.withdrawn).hasSize(2).allMatch(w -> w.reason().equals(StudentEligibility.LEFT_SCHOOL));
    }

    @Test
    void inABatchAStudentWhoseWriteLostARaceIsAppliedAgainAlone() {
        enrolPoorBoarder("b-d");
        enrolPoorBoarder("b-e");
        applications.clear();
        store.staleWrites.set(1);

        decisions.applyAll(List.of(event("b-d", 3, s -> s.flagsChanged(3, Set.of(), null)),
                event("b-e", 3, s -> s.flagsChanged(3, Set.of(), null)))).block();

        assertThat(store.rows.get("b-d").student().appliedSequence()).isEqualTo(3);
        assertThat(store.rows.get("b-e").student().appliedSequence()).isEqualTo(3);
        assertThat(store.rows.get("b-d").student().eligibleProgrammes()).containsExactly("NUTRITION");
        assertThat(store.rows.get("b-e").student().eligibleProgrammes()).containsExactly("NUTRITION");
        assertThat(applications.withdrawn).extracting(w -> w.aid().studentId() + ":" + w.aid().programmeCode())
                .containsExactlyInAnyOrder("b-d:ALLOWANCE", "b-e:ALLOWANCE");
    }

    @Test
    void inABatchAStudentAtASchoolNotYetKnownWaitsForIt() {
        String unknown = "1504248888";
        decisions.applyAll(List.of(event("b-f", 1, s -> s.registered(1, "王*", null, "150424", Set.of(), null)),
                event("b-f", 2, s -> s.enrolled(2, unknown, "150424", Stage.PRIMARY, 1, false)))).block();

        assertThat(store.waits.get(unknown)).containsExactly("b-f");
        assertThat(store.rows.get("b-f").student().eligibleProgrammes()).isEmpty();
    }

    private static StudentEvent event(String id, long sequence,
            java.util.function.UnaryOperator<StudentEligibility> change) {
        return new StudentEvent(id, sequence, change, TraceContext.fresh());
    }

    private void enrolPoorBoarder(String id) {
        apply(id, 1, s -> s.registered(1, "王*", "150424********123X", "150424", Set.of(HouseholdFlag.REGISTERED_POOR),
                null));
        apply(id, 2, s -> s.enrolled(2, SCHOOL, "150424", Stage.PRIMARY, 3, true));
    }

    private void apply(String id, long sequence, java.util.function.UnaryOperator<StudentEligibility> change) {
        decisions.apply(id, sequence, change, TraceContext.fresh()).block();
    }
}
