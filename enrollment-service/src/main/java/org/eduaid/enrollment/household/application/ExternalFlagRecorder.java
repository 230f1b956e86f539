package org.eduaid.enrollment.household.application;

import java.util.Optional;

import org.eduaid.enrollment.household.domain.FlagStatement;
import org.eduaid.enrollment.household.domain.RecordStamp;
import org.eduaid.enrollment.household.domain.ReportedFlag;
import org.eduaid.enrollment.household.domain.ReportedFlag.Arrival;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.kit.events.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Records what an outside system said about a flag, then brings a registered student in line with it.
 *
 * <p>The order of the two writes is what keeps anything from being lost without transactions:
 * <ol>
 * <li>the {@code external_flags} row first — a student registered from now on reads it
 * ({@link ExternalFlagLookup});</li>
 * <li>then the student, through {@link StudentFlagSync} — if that fails the whole record fails and is
 * delivered again. The row then judges it a {@link Arrival#DUPLICATE} (same event id), which changes
 * nothing but still repeats step 2; both steps are idempotent, so a redelivery is harmless.</li>
 * </ol>
 * A record older than what the row reflects changes nothing and goes no further: the student already
 * has (or is about to get) the later word.
 */
@Service
public class ExternalFlagRecorder {

    private static final Logger log = LoggerFactory.getLogger(ExternalFlagRecorder.class);
    /** Rows are contended only by the replicas' consumers of one group; a few re-reads always settle it. */
    private static final int MAX_ATTEMPTS = 5;

    private final ExternalFlagStore store;
    private final StudentFlagSync students;
    private final PersonIds personIds;
    private final int historySize;

    public ExternalFlagRecorder(ExternalFlagStore store, StudentFlagSync students, PersonIds personIds,
            @Value("${eduaid.household.history-size:20}") int historySize) {
        this.store = store;
        this.students = students;
        this.personIds = personIds;
        this.historySize = historySize;
    }

    /**
     * @param sourceRecord the agency's own id of the record ({@code ce_subject}), kept for tracing it back
     */
    public Mono<Recorded> record(FlagStatement statement, RecordStamp stamp, String sourceRecord, TraceContext trace) {
        PersonId person = personIds.of(statement.idNumber());
        return store(person, statement, stamp, sourceRecord, 1).flatMap(stored -> {
            if (stored.arrival() == Arrival.STALE) {
                log.debug("Ignored an older {} record from {} for {}", statement.flag(), statement.source().wireName(),
                        person);
                return Mono.just(new Recorded(stored.row(), stored.arrival(), false));
            }
            return students.apply(ExternalFlagRows.toExternalFlags(stored.row()), trace)
                    .defaultIfEmpty(false)
                    .map(changed -> {
                        log.debug("Recorded {} {} from {} for {} ({}); student changed: {}", statement.flag(),
                                statement.on() ? "on" : "off", statement.source().wireName(), person, stored.arrival(),
                                changed);
                        return new Recorded(stored.row(), stored.arrival(), changed);
                    });
        });
    }

    private Mono<Stored> store(PersonId person, FlagStatement statement, RecordStamp stamp, String sourceRecord,
            int attempt) {
        String rowId = ReportedFlag.idOf(person, statement.flag(), statement.source());
        Mono<Stored> once = store.find(rowId).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> found.map(existing -> updated(existing, statement, stamp, sourceRecord))
                        .orElseGet(() -> {
                            ReportedFlag first = ReportedFlag.first(person, statement, stamp, sourceRecord);
                            return store.insert(first).filter(Boolean::booleanValue)
                                    .map(inserted -> new Stored(first, Arrival.LATER));
                        }));
        // empty: another consumer changed the row between our read and our write; judge again
        return once.switchIfEmpty(Mono.defer(() -> attempt < MAX_ATTEMPTS
                ? store(person, statement, stamp, sourceRecord, attempt + 1)
                : Mono.error(new IllegalStateException("an external_flags row kept changing; the record will be retried"))));
    }

    private Mono<Stored> updated(ReportedFlag existing, FlagStatement statement, RecordStamp stamp, String sourceRecord) {
        Arrival arrival = existing.judge(stamp);
        if (arrival != Arrival.LATER) {
            return Mono.just(new Stored(existing, arrival));
        }
        ReportedFlag next = existing.after(statement, stamp, sourceRecord, historySize);
        return store.replace(existing, next).filter(Boolean::booleanValue).map(replaced -> new Stored(next, Arrival.LATER));
    }

    /**
     * @param row the row as it stands after the record
     * @param studentChanged whether a registered student's flags changed
     */
    public record Recorded(ReportedFlag row, Arrival arrival, boolean studentChanged) {
    }

    private record Stored(ReportedFlag row, Arrival arrival) {
    }
}
