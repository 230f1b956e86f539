package org.eduaid.enrollment.dropout.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eduaid.enrollment.dropout.domain.CaseId;
import org.eduaid.enrollment.dropout.domain.CaseState;
import org.eduaid.enrollment.dropout.domain.DropoutCase;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where cases are kept, each with its pending events. At most one open case per child: adding a
 * second fails with {@link ChildHasOpenCaseException}, also when two reports race.
 */
public interface DropoutCaseRepository {

    Mono<Long> add(ResultWithEvents<DropoutCase> opened, TraceContext trace);

    /** Opens many cases in one bulk write; those whose child has an open case meanwhile are skipped. */
    Mono<Integer> addAll(List<ResultWithEvents<DropoutCase>> opened, TraceContext trace);

    Mono<VersionedCase> find(CaseId id);

    /** Stores the change if the case is still at {@code expectedVersion}; else a stale-aggregate error. */
    Mono<Long> update(ResultWithEvents<DropoutCase> changed, long expectedVersion, TraceContext trace);

    /** The children among {@code children} who have an open case. */
    Mono<Set<PersonId>> withOpenCase(Collection<PersonId> children);

    Mono<CasePage> search(CaseFilter filter, int page, int size);

    /** Every row of a county in these states (for a ledger's counts); no names, so cheap to read. */
    Flux<CaseRow> rows(String countyCode, Set<CaseState> states);

    /** Cases in persuasion past their deadline on {@code today} and not yet escalated. */
    Flux<CaseId> overdueAndNotEscalated(LocalDate today);
}
