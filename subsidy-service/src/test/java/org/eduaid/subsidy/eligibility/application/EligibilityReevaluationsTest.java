package org.eduaid.subsidy.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.contracts.subsidy.EligibilityDecided;
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
 * A re-evaluation run against in-memory ports: a page's changed students go in one bulk write, and
 * the ones that changed meanwhile are decided again on their own, each put forward once.
 */
class EligibilityReevaluationsTest {

    private static final String SCHOOL = EligibilityDecisionsTest.SCHOOL;
    private static final Clock CLOCK = EligibilityDecisionsTest.CLOCK;

    private final InMemoryStudentEligibility store = new InMemoryStudentEligibility();
    private final RecordingAutomaticApplications applications = new RecordingAutomaticApplications();
    private final Catalogue catalogue = new Catalogue() {
        @Override
        public Mono<List<Programme>> inForceOn(LocalDate date) {
            return Mono.just(EligibilityDecisionsTest.CATALOGUE);
        }

        @Override
        public Mono<Programme> find(String code) {
            return Mono.justOrEmpty(EligibilityDecisionsTest.CATALOGUE.stream().filter(p -> p.code().equals(code))
                    .findFirst());
        }
    };
    private final AidSchools aidSchools = code -> Mono.justOrEmpty(SCHOOL.equals(code)
            ? new AidSchool(SCHOOL, "第一小学", "150424", "PRIMARY", "RURAL", true) : null);
    private final EligibilityDecisions decisions = new EligibilityDecisions(store, catalogue,
            new SchoolFactsLookup(aidSchools), store, new AidEffects(applications), CLOCK,
            new EligibilityProperties(null, 0, 0));

    private final Map<String, ReevaluationRun> saved = new ConcurrentHashMap<>();
    private final ReevaluationRuns runs = new ReevaluationRuns() {
        @Override
        public Mono<Void> save(ReevaluationRun run) {
            return Mono.fromRunnable(() -> saved.put(run.id(), run));
        }

        @Override
        public Mono<ReevaluationRun> find(String id) {
            return Mono.justOrEmpty(saved.get(id));
        }
    };

    @Test
    void everyChangedStudentIsWrittenAndTheStaleOnesAreDecidedAgainOnTheirOwn() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String id = "r-" + i;
            ids.add(id);
            store.rows.put(id, new StoredStudent(StudentEligibility.unknown(id)
                    .registered(1, "王*", "150424********123X", "150424", Set.of(HouseholdFlag.REGISTERED_POOR), null)
                    .enrolled(2, SCHOOL, "150424", Stage.PRIMARY, 3, true), 2));
        }
        store.staleWrites.set(3);
        EligibilityReevaluations reevaluations = new EligibilityReevaluations(store, catalogue,
                new SchoolFactsLookup(aidSchools), store, new AidEffects(applications), decisions, runs,
                new EligibilityProperties(null, 10, 4), CLOCK);

        String runId = reevaluations.reevaluateAll("test").block();
        ReevaluationRun done = await().atMost(Duration.ofSeconds(20))
                .until(() -> saved.get(runId), run -> run != null && !"RUNNING".equals(run.state()));

        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.processed()).isEqualTo(25);
        assertThat(done.changed()).isEqualTo(25);
        for (String id : ids) {
            assertThat(store.rows.get(id).student().eligibleProgrammes()).as(id)
                    .containsExactlyInAnyOrder("ALLOWANCE", "NUTRITION");
            assertThat(store.rows.get(id).version()).as(id).isEqualTo(3);
            assertThat(store.events.get(id)).as(id).singleElement().isInstanceOf(EligibilityDecided.class);
        }
        assertThat(applications.putForward.stream().filter(aid -> aid.programmeCode().equals("ALLOWANCE"))
                .map(EligibleAid::studentId)).as("each student put forward once").containsExactlyInAnyOrderElementsOf(ids);
    }
}
