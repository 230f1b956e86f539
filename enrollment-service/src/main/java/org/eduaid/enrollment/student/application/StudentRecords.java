package org.eduaid.enrollment.student.application;

import java.util.List;

import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Mono;

/**
 * Applies a chunk of import rows in bulk (a few round trips per chunk, not per row). Idempotent:
 * a row that matches what is stored changes nothing and raises no event, so a re-run file is a no-op.
 * The importer has already checked the caller's role and scope for the file as a whole; a row whose
 * school or county is outside {@code scopeCounty} is rejected here.
 */
public interface StudentRecords {

    Mono<List<RowOutcome>> apply(List<StudentRecord> rows, ImportScope scope, TraceContext trace);
}
