package org.eduaid.enrollment.dropout.web;

import java.net.URI;

import org.eduaid.enrollment.dropout.application.CaseCalendar;
import org.eduaid.enrollment.dropout.application.DropoutCaseQueries;
import org.eduaid.enrollment.dropout.application.DropoutCaseWorkflow;
import org.eduaid.enrollment.dropout.application.VersionedCase;
import org.eduaid.enrollment.dropout.domain.CaseState;
import org.eduaid.enrollment.dropout.domain.PriorityGroup;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** Out-of-school cases (控辍保学): the workflow commands, one case with its timeline, lists and ledgers. */
@RestController
@Validated
@RequestMapping("/api/enrollment")
class DropoutCaseController {

    static final int MAX_PAGE_SIZE = 200;

    private final DropoutCaseWorkflow workflow;
    private final DropoutCaseQueries queries;
    private final CaseCalendar calendar;

    DropoutCaseController(DropoutCaseWorkflow workflow, DropoutCaseQueries queries, CaseCalendar calendar) {
        this.workflow = workflow;
        this.queries = queries;
        this.calendar = calendar;
    }

    @PostMapping("/cases")
    Mono<ResponseEntity<CaseResponses.Case>> report(@Valid @RequestBody CaseRequests.Report request) {
        return workflow.report(request.studentId(), request.countyCode(), request.note())
                .map(opened -> ResponseEntity
                        .created(URI.create("/api/enrollment/cases/" + opened.dropoutCase().id().value()))
                        .body(view(opened)));
    }

    @GetMapping("/cases")
    Mono<CaseResponses.Page> list(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String state, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String priorityGroup, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return paging(page, size)
                .then(Mono.defer(() -> queries.search(countyCode, parse(CaseState.class, "state", state), overdue,
                        parse(PriorityGroup.class, "priorityGroup", priorityGroup), page, size)))
                .map(found -> CaseResponses.Page.of(found, calendar.today()));
    }

    @GetMapping("/cases/escalated")
    Mono<CaseResponses.Page> escalated(@RequestParam(required = false) String cityCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return paging(page, size).then(queries.escalated(cityCode, page, size))
                .map(found -> CaseResponses.Page.of(found, calendar.today()));
    }

    @GetMapping("/cases/{caseId}")
    Mono<CaseResponses.Case> find(@PathVariable String caseId) {
        return queries.find(caseId).map(this::view);
    }

    @PostMapping("/cases/{caseId}/verification")
    Mono<CaseResponses.Case> verify(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Verification request) {
        return workflow.verify(caseId, request.expectedVersion(), request::toVisit).map(this::view);
    }

    @PostMapping("/cases/{caseId}/visits")
    Mono<CaseResponses.Case> visit(@PathVariable String caseId, @Valid @RequestBody CaseRequests.FurtherVisit request) {
        return workflow.recordVisit(caseId, request.expectedVersion(), request::toVisit).map(this::view);
    }

    @PostMapping("/cases/{caseId}/persuasion")
    Mono<CaseResponses.Case> persuade(@PathVariable String caseId,
            @Valid @RequestBody CaseRequests.PersuasionStart request) {
        return workflow.startPersuasion(caseId, request.expectedVersion(), request::toPersuasion).map(this::view);
    }

    @PostMapping("/cases/{caseId}/return")
    Mono<CaseResponses.Case> recordReturn(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Return request) {
        return workflow.recordReturn(caseId, request.expectedVersion(), request.schoolCode(), request.returnedOn())
                .map(this::view);
    }

    @PostMapping("/cases/{caseId}/placement")
    Mono<CaseResponses.Case> place(@PathVariable String caseId,
            @Valid @RequestBody CaseRequests.PlacementDecision request) {
        return workflow.place(caseId, request.expectedVersion(), request::toPlacement).map(this::view);
    }

    @PostMapping("/cases/{caseId}/deferral")
    Mono<CaseResponses.Case> defer(@PathVariable String caseId,
            @Valid @RequestBody CaseRequests.DeferralDecision request) {
        return workflow.defer(caseId, request.expectedVersion(), request::toDeferral).map(this::view);
    }

    @PostMapping("/cases/{caseId}/closure")
    Mono<CaseResponses.Case> close(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Closure request) {
        return workflow.close(caseId, request.expectedVersion(), request.reason()).map(this::view);
    }

    @GetMapping("/ledgers/suspected")
    Mono<CaseResponses.LedgerView> suspected(@RequestParam(required = false) String countyCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return paging(page, size)
                .then(queries.ledger("SUSPECTED", DropoutCaseQueries.SUSPECTED, countyCode, page, size))
                .map(ledger -> CaseResponses.LedgerView.of(ledger, calendar.today()));
    }

    @GetMapping("/ledgers/confirmed")
    Mono<CaseResponses.LedgerView> confirmed(@RequestParam(required = false) String countyCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return paging(page, size)
                .then(queries.ledger("CONFIRMED", DropoutCaseQueries.CONFIRMED, countyCode, page, size))
                .map(ledger -> CaseResponses.LedgerView.of(ledger, calendar.today()));
    }

    private CaseResponses.Case view(VersionedCase found) {
        return CaseResponses.Case.of(found, calendar.today());
    }

    private static Mono<Void> paging(int page, int size) {
        if (page < 0) {
            return Mono.error(InvalidRequestException.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(InvalidRequestException.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return Mono.empty();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(field, "is not one of the known values");
        }
    }
}
