package org.eduaid.subsidy.eligibility.web;

import java.net.URI;

import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.eligibility.application.EligibilityExplanation;
import org.eduaid.subsidy.eligibility.application.EligibilityQueries;
import org.eduaid.subsidy.eligibility.application.EligibleStudentRow;
import org.eduaid.subsidy.eligibility.application.Page;
import org.eduaid.subsidy.eligibility.application.ReevaluationRun;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * A student's eligibility with its explanation, the county's eligible students, and re-evaluation
 * runs, under {@code /api/subsidies}.
 */
@RestController
class EligibilityController {

    private static final int MAX_PAGE_SIZE = 200;

    private final EligibilityQueries queries;

    EligibilityController(EligibilityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/subsidies/students/{studentId}/eligibility")
    Mono<EligibilityExplanation> explain(@PathVariable String studentId) {
        if (!studentId.matches("[A-Za-z0-9_-]{1,64}")) {
            return Mono.error(InvalidRequestException.of("studentId", "is not a student id"));
        }
        return queries.explain(studentId);
    }

    @GetMapping("/api/subsidies/eligibility")
    Mono<Page<EligibleStudentRow>> eligible(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String programmeCode, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (programmeCode != null && !programmeCode.matches("[A-Z0-9_-]{2,40}")) {
            return Mono.error(InvalidRequestException.of("programmeCode", "is not a programme code"));
        }
        if (page < 0 || page > 100_000) {
            return Mono.error(InvalidRequestException.of("page", "must be from 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(InvalidRequestException.of("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        return queries.eligibleIn(countyCode, programmeCode, page, size);
    }

    @PostMapping("/api/subsidies/eligibility/reevaluations")
    Mono<ResponseEntity<ReevaluationStarted>> reevaluate(@RequestBody(required = false) ReevaluationRequest request) {
        String reason = request == null ? null : request.reason();
        if (reason != null && reason.length() > 200) {
            return Mono.error(InvalidRequestException.of("reason", "must be at most 200 characters"));
        }
        return queries.reevaluate(reason).map(id -> ResponseEntity
                .accepted().location(URI.create("/api/subsidies/eligibility/reevaluations/" + id))
                .body(new ReevaluationStarted(id)));
    }

    @GetMapping("/api/subsidies/eligibility/reevaluations/{runId}")
    Mono<ReevaluationRun> run(@PathVariable String runId) {
        if (!runId.matches("[0-9a-f-]{36}")) {
            return Mono.error(InvalidRequestException.of("runId", "is not a run id"));
        }
        return queries.run(runId);
    }

    record ReevaluationRequest(String reason) {
    }

    record ReevaluationStarted(String id) {
    }
}
