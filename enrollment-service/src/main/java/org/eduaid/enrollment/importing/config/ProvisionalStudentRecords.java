package org.eduaid.enrollment.importing.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.RowOutcome;
import org.eduaid.enrollment.student.application.StudentRecord;
import org.eduaid.enrollment.student.application.StudentRecords;
import org.eduaid.kit.events.TraceContext;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL, deleted when the STUDENT feature's implementation is merged: remembers the records it
 * was given (in memory, by person id) and answers CREATED the first time, UNCHANGED for the same
 * record again, UPDATED for a changed one — the contract the real implementation keeps.
 */
@Component
class ProvisionalStudentRecords implements StudentRecords {

    private final PersonIds personIds;
    private final Map<String, Integer> stored = new ConcurrentHashMap<>();

    ProvisionalStudentRecords(PersonIds personIds) {
        this.personIds = personIds;
    }

    @Override
    public Mono<List<RowOutcome>> apply(List<StudentRecord> rows, ImportScope scope, TraceContext trace) {
        return Mono.fromSupplier(() -> rows.stream().map(row -> {
            int content = List.of(row.name(), row.householdCountyCode(), String.valueOf(row.flags().size()),
                    String.valueOf(row.enrolment())).hashCode();
            Integer before = stored.put(personIds.of(row.idNumber()).value(), content);
            RowOutcome.Result result = before == null ? RowOutcome.Result.CREATED
                    : before == content ? RowOutcome.Result.UNCHANGED : RowOutcome.Result.UPDATED;
            return RowOutcome.of(row.rowNumber(), result);
        }).toList());
    }
}
