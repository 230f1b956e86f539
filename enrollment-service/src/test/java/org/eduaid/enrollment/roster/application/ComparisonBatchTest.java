package org.eduaid.enrollment.roster.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.dropout.application.SuspectedChild;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.enrollment.student.application.StudentStatus.Enrolment;
import org.eduaid.kit.events.TraceContext;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/** One batch against the port contracts: one directory call, one absence read, one report of the suspected. */
class ComparisonBatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final String SCHOOL = "2150042401";

    private final List<Collection<PersonId>> directoryCalls = new ArrayList<>();
    private final List<List<SuspectedChild>> reports = new ArrayList<>();

    @Test
    void classifiesEachChildAndReportsTheSuspectedOnceForTheBatch() {
        RosterEntry unregistered = entry("p-aaaaaaaaaaaaaaaaaaaaaaaaaa");
        RosterEntry withdrew = entry("p-bbbbbbbbbbbbbbbbbbbbbbbbbb");
        RosterEntry absent = entry("p-cccccccccccccccccccccccccc");
        RosterEntry attending = entry("p-dddddddddddddddddddddddddd");
        Map<PersonId, StudentStatus> statuses = Map.of(
                withdrew.id(), status(withdrew.id(), Enrolment.WITHDRAWN, "随父母外出"),
                absent.id(), status(absent.id(), Enrolment.ACTIVE, null),
                attending.id(), status(attending.id(), Enrolment.ACTIVE, null));
        Absences absences = new Absences() {
            @Override
            public Mono<Boolean> record(Absence absence) {
                return Mono.just(true);
            }

            @Override
            public Mono<Map<PersonId, List<Absence>>> of(Collection<PersonId> students, LocalDate since) {
                assertThat(students).containsExactlyInAnyOrder(absent.id(), attending.id());
                return Mono.just(Map.of(absent.id(), List.of(new Absence(absent.id(), SCHOOL, "150424",
                        LocalDate.of(2026, 2, 1), 35, null, "clerk", Instant.now()))));
            }
        };
        ComparisonBatch batch = new ComparisonBatch(ids -> {
            directoryCalls.add(List.copyOf(ids));
            return Mono.just(statuses);
        }, absences, (children, trace) -> {
            reports.add(children);
            return Mono.just(children.size());
        }, new ComparisonClassifier(20));

        ComparisonCounts counts = batch.compare(List.of(unregistered, withdrew, absent, attending),
                LocalDate.of(2025, 9, 1), TODAY, TraceContext.fresh()).block();

        assertThat(directoryCalls).hasSize(1);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).extracting(SuspectedChild::child, SuspectedChild::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(unregistered.id(), "NO_ENROLMENT"),
                        org.assertj.core.groups.Tuple.tuple(withdrew.id(), "WITHDREW"),
                        org.assertj.core.groups.Tuple.tuple(absent.id(), "PROLONGED_ABSENCE"));
        assertThat(reports.get(0)).allSatisfy(child -> {
            assertThat(child.countyCode()).isEqualTo("150424");
            assertThat(child.townshipCode()).isEqualTo("150424100");
            assertThat(child.foundOn()).isEqualTo(TODAY);
        });
        assertThat(counts.examined()).isEqualTo(4);
        assertThat(counts.suspected()).isEqualTo(3);
        assertThat(counts.casesOpened()).isEqualTo(3);
        assertThat(counts.suspectedByReason()).containsEntry(Suspicion.Reason.WITHDREW, 1L);
    }

    @Test
    void aBatchWithNobodySuspectedReportsNothing() {
        RosterEntry attending = entry("p-dddddddddddddddddddddddddd");
        ComparisonBatch batch = new ComparisonBatch(ids -> Mono.just(Map.of(attending.id(),
                status(attending.id(), Enrolment.ACTIVE, null))), new NoAbsences(), (children, trace) -> {
                    reports.add(children);
                    return Mono.just(children.size());
                }, new ComparisonClassifier(20));

        ComparisonCounts counts = batch.compare(List.of(attending), LocalDate.of(2025, 9, 1), TODAY,
                TraceContext.fresh()).block();

        assertThat(reports).isEmpty();
        assertThat(counts.suspected()).isZero();
        assertThat(counts.examined()).isEqualTo(1);
    }

    private static RosterEntry entry(String id) {
        return new RosterEntry(new PersonId(id), "150424********1234", "王*", LocalDate.of(2016, 5, 1), "MALE",
                "150424", "150424100");
    }

    private static StudentStatus status(PersonId id, Enrolment enrolment, String reason) {
        return new StudentStatus(id, "150424", enrolment, SCHOOL, "150424", LocalDate.of(2025, 9, 1), reason, false,
                false, false, false);
    }

    private static final class NoAbsences implements Absences {
        @Override
        public Mono<Boolean> record(Absence absence) {
            return Mono.just(true);
        }

        @Override
        public Mono<Map<PersonId, List<Absence>>> of(Collection<PersonId> students, LocalDate since) {
            return Mono.just(Map.of());
        }
    }
}
