package org.eduaid.enrollment.roster.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.roster.domain.Residence;
import org.eduaid.enrollment.roster.domain.RosterChild;
import org.eduaid.enrollment.roster.domain.SchoolAgePolicy;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.RowOutcome;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Applies a chunk of a county's roster import: one {@code _id $in} read for the chunk, one bulk insert
 * of the children not on the roster yet, a versioned update per child whose entry changes. A row
 * that matches the stored entry is UNCHANGED and raises nothing, so re-running a file is a no-op.
 */
@Service
public class RosterImport implements RosterRecords {

    public static final int MAX_CHUNK = 1000;
    private static final int UPDATE_CONCURRENCY = 8;
    private static final int ATTEMPTS = 3;

    private final RosterRepository roster;
    private final PersonIds personIds;
    private final SchoolAgePolicy policy;
    private final Clock clock;

    public RosterImport(RosterRepository roster, PersonIds personIds, SchoolAgePolicy policy, Clock clock) {
        this.roster = roster;
        this.personIds = personIds;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Mono<List<RowOutcome>> apply(List<RosterRecord> rows, ImportScope scope, TraceContext trace) {
        if (rows.size() > MAX_CHUNK) {
            return Mono.error(new IllegalArgumentException("a chunk holds at most " + MAX_CHUNK + " rows"));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, RegistryRecordApplier.CHINA);
        Map<Long, RowOutcome> outcomes = new HashMap<>();
        Map<PersonId, Row> accepted = new LinkedHashMap<>();
        for (RosterRecord record : rows) {
            RowOutcome rejected = check(record, scope, today);
            if (rejected != null) {
                outcomes.put(record.rowNumber(), rejected);
                continue;
            }
            PersonId id = personIds.of(record.idNumber());
            if (accepted.containsKey(id)) {
                outcomes.put(record.rowNumber(), RowOutcome.rejected(record.rowNumber(), "idNumber",
                        "the same child is on row " + accepted.get(id).record().rowNumber() + " of this file, which was kept"));
                continue;
            }
            accepted.put(id, new Row(id, record, new Residence(record.countyCode(), blank(record.townshipCode()),
                    blank(record.villageCode()))));
        }
        return roster.findAll(accepted.keySet())
                .flatMap(stored -> {
                    List<Row> fresh = new ArrayList<>();
                    List<Row> known = new ArrayList<>();
                    accepted.values().forEach(row -> (stored.containsKey(row.id()) ? known : fresh).add(row));
                    return insert(fresh, scope, today, now, trace, outcomes)
                            .flatMapMany(collided -> Flux.concat(Flux.fromIterable(known), Flux.fromIterable(collided)))
                            .flatMap(row -> update(row, stored.get(row.id()), scope, today, now, trace)
                                    .doOnNext(outcome -> outcomes.put(row.record().rowNumber(), outcome)),
                                    UPDATE_CONCURRENCY)
                            .then();
                })
                .then(Mono.fromSupplier(() -> rows.stream().map(row -> outcomes.get(row.rowNumber())).toList()));
    }

    /** Inserts the new children; returns the rows somebody else stored first, to be applied as updates. */
    private Mono<List<Row>> insert(List<Row> fresh, ImportScope scope, LocalDate today, Instant now,
            TraceContext trace, Map<Long, RowOutcome> outcomes) {
        if (fresh.isEmpty()) {
            return Mono.just(List.of());
        }
        List<ResultWithEvents<RosterChild>> created = fresh.stream()
                .map(row -> RosterChild.fromImport(row.id(), row.record().idNumber(), row.record().name(),
                        row.residence(), scope.source(), today, now))
                .toList();
        return roster.addAll(created, trace).map(existing -> {
            Set<PersonId> collided = new HashSet<>(existing);
            List<Row> retry = new ArrayList<>();
            for (Row row : fresh) {
                if (collided.contains(row.id())) {
                    retry.add(row);
                } else {
                    outcomes.put(row.record().rowNumber(), RowOutcome.of(row.record().rowNumber(), RowOutcome.Result.CREATED));
                }
            }
            return retry;
        });
    }

    private Mono<RowOutcome> update(Row row, RosterRepository.Versioned read, ImportScope scope, LocalDate today,
            Instant now, TraceContext trace) {
        long rowNumber = row.record().rowNumber();
        Mono<RosterRepository.Versioned> firstRead = read == null ? roster.find(row.id()) : Mono.just(read);
        boolean[] reread = { false };
        return Mono.defer(() -> (reread[0] ? roster.find(row.id()) : firstRead)
                        .flatMap(stored -> {
                            reread[0] = true;
                            if (stored.child().isDeceased()) {
                                return Mono.just(RowOutcome.rejected(rowNumber, "idNumber",
                                        "the population registry records this child as deceased"));
                            }
                            ResultWithEvents<RosterChild> result = stored.child().applyImport(row.record().name(),
                                    row.residence(), scope.source(), today, now);
                            if (result.aggregate().equals(stored.child())) {
                                return Mono.just(RowOutcome.of(rowNumber, RowOutcome.Result.UNCHANGED));
                            }
                            return roster.update(result, stored.version(), trace)
                                    .thenReturn(RowOutcome.of(rowNumber, RowOutcome.Result.UPDATED));
                        }))
                .retryWhen(Retry.max(ATTEMPTS - 1).filter(StaleAggregateException.class::isInstance));
    }

    private RowOutcome check(RosterRecord record, ImportScope scope, LocalDate today) {
        long row = record.rowNumber();
        if (record.countyCode() == null || !record.countyCode().equals(scope.countyCode())) {
            return RowOutcome.rejected(row, "countyCode", "is not the county of this import");
        }
        String township = blank(record.townshipCode());
        if (township != null && !(township.matches("\\d{9}") && township.startsWith(record.countyCode()))) {
            return RowOutcome.rejected(row, "townshipCode", "is not a 9-digit township code inside the county");
        }
        String village = blank(record.villageCode());
        if (village != null && !(village.matches("\\d{12}")
                && village.startsWith(township == null ? record.countyCode() : township))) {
            return RowOutcome.rejected(row, "villageCode", "is not a 12-digit village code inside the township");
        }
        if (record.name() == null || record.name().isBlank()) {
            return RowOutcome.rejected(row, "name", "is missing");
        }
        if (!policy.keeps(record.idNumber().birthDate(), today)) {
            return RowOutcome.rejected(row, "idNumber", "belongs to an adult: the roster keeps children up to "
                    + (policy.toAge() + SchoolAgePolicy.KEPT_YEARS_BEYOND) + " years old");
        }
        return null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Row(PersonId id, RosterRecord record, Residence residence) {
    }
}
