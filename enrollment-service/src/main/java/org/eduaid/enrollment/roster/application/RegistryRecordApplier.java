package org.eduaid.enrollment.roster.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.roster.domain.RegistryPosition;
import org.eduaid.enrollment.roster.domain.RegistryRecord;
import org.eduaid.enrollment.roster.domain.RosterChild;
import org.eduaid.enrollment.roster.domain.SchoolAgePolicy;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Applies population-registry records to the roster: finds the child by person id, lets the aggregate
 * decide (late and repeated records change nothing), and stores the entry with its events in one
 * write. A concurrent change (an import of the same child) makes the write stale; it is read and
 * decided again.
 */
@Service
public class RegistryRecordApplier {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int ATTEMPTS = 5;

    private final RosterRepository roster;
    private final PersonIds personIds;
    private final SchoolAgePolicy policy;
    private final Clock clock;

    public RegistryRecordApplier(RosterRepository roster, PersonIds personIds, SchoolAgePolicy policy, Clock clock) {
        this.roster = roster;
        this.personIds = personIds;
        this.policy = policy;
        this.clock = clock;
    }

    public enum Outcome {
        /** the entry changed (maybe without an event, e.g. a tombstone) */
        APPLIED,
        /** late, repeated, or after a death: nothing changed */
        UNCHANGED,
        /** an adult: the roster keeps children only */
        NOT_A_CHILD
    }

    public Mono<Outcome> apply(ValidRegistryRecord record, RegistryPosition position, TraceContext trace) {
        if (!policy.keeps(record.idNumber().birthDate(), LocalDate.now(clock.withZone(CHINA)))) {
            return Mono.just(Outcome.NOT_A_CHILD);
        }
        PersonId id = personIds.of(record.idNumber());
        return Mono.defer(() -> roster.find(id)
                        .flatMap(stored -> {
                            ResultWithEvents<RosterChild> result = stored.child().apply(record.record(), position,
                                    clock.instant());
                            if (result.aggregate().equals(stored.child())) {
                                return Mono.just(Outcome.UNCHANGED);
                            }
                            return roster.update(result, stored.version(), trace).thenReturn(Outcome.APPLIED);
                        })
                        .switchIfEmpty(Mono.defer(() -> roster.add(RosterChild.fromRegistry(id, record.idNumber(),
                                record.record(), position, clock.instant()), trace).thenReturn(Outcome.APPLIED))))
                .retryWhen(Retry.max(ATTEMPTS - 1).filter(RegistryRecordApplier::somebodyElseWroteFirst));
    }

    private static boolean somebodyElseWroteFirst(Throwable failure) {
        return failure instanceof StaleAggregateException || failure instanceof AggregateAlreadyExistsException;
    }
}
