package org.eduaid.enrollment.roster.application;

import java.util.List;

import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.RowOutcome;
import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Mono;

/** Applies a chunk of roster import rows in bulk; idempotent like {@code StudentRecords}. */
public interface RosterRecords {

    Mono<List<RowOutcome>> apply(List<RosterRecord> rows, ImportScope scope, TraceContext trace);
}
