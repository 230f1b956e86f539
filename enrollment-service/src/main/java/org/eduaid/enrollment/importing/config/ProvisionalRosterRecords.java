package org.eduaid.enrollment.importing.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.roster.application.RosterRecord;
import org.eduaid.enrollment.roster.application.RosterRecords;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.RowOutcome;
import org.eduaid.kit.events.TraceContext;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL, deleted when the ROSTER feature's implementation is merged: CREATED the first time a
 * child is given, UNCHANGED for the same entry again, UPDATED for a changed one.
 */
@Component
class ProvisionalRosterRecords implements RosterRecords {

    private final PersonIds personIds;
    private final Map<String, Integer> stored = new ConcurrentHashMap<>();

    ProvisionalRosterRecords(PersonIds personIds) {
        this.personIds = personIds;
    }

    @Override
    public Mono<List<RowOutcome>> apply(List<RosterRecord> rows, ImportScope scope, TraceContext trace) {
        return Mono.fromSupplier(() -> rows.stream().map(row -> {
            int content = List.of(row.name(), row.countyCode(), String.valueOf(row.townshipCode()),
                    String.valueOf(row.villageCode())).hashCode();
            Integer before = stored.put(personIds.of(row.idNumber()).value(), content);
            RowOutcome.Result result = before == null ? RowOutcome.Result.CREATED
                    : before == content ? RowOutcome.Result.UNCHANGED : RowOutcome.Result.UPDATED;
            return RowOutcome.of(row.rowNumber(), result);
        }).toList());
    }
}
