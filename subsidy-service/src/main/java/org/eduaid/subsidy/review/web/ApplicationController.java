package org.eduaid.subsidy.review.web;

import java.net.URI;

import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.review.application.ApplicationQueries;
import org.eduaid.subsidy.review.application.ApplicationWorkflow;
import org.eduaid.subsidy.review.domain.ApplicationState;
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

/** Aid applications: a school's application, the county's review (one or many), the county's list. */
@RestController
@Validated
@RequestMapping("/api/subsidies/applications")
class ApplicationController {

    static final int MAX_PAGE_SIZE = 200;

    private final ApplicationWorkflow workflow;
    private final ApplicationQueries queries;

    ApplicationController(ApplicationWorkflow workflow, ApplicationQueries queries) {
        this.workflow = workflow;
        this.queries = queries;
    }

    @PostMapping
    Mono<ResponseEntity<ApplicationResponses.Application>> apply(
            @Valid @RequestBody ApplicationRequests.SchoolApplication request) {
        return workflow.applyBySchool(request.studentId(), request.programmeCode(), request.schoolYear(), request.reason())
                .map(applied -> ResponseEntity
                        .created(URI.create("/api/subsidies/applications/" + applied.application().id()))
                        .body(ApplicationResponses.Application.of(applied)));
    }

    @GetMapping
    Mono<ApplicationResponses.Page> list(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String programmeCode, @RequestParam(required = false) String schoolYear,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return paging(page, size)
                .then(Mono.defer(() -> queries.list(countyCode, programmeCode, schoolYear, stateOf(state), page, size)))
                .map(ApplicationResponses.Page::of);
    }

    @GetMapping("/{applicationId}")
    Mono<ApplicationResponses.Application> find(@PathVariable String applicationId) {
        return queries.find(applicationId).map(ApplicationResponses.Application::of);
    }

    @PostMapping("/{applicationId}/review")
    Mono<ApplicationResponses.Application> review(@PathVariable String applicationId,
            @Valid @RequestBody ApplicationRequests.Review request) {
        return workflow.review(applicationId, request.accepted(), request.note(), request.expectedVersion())
                .map(ApplicationResponses.Application::of);
    }

    @PostMapping("/reviews")
    Mono<ApplicationWorkflow.BulkReview> reviewAll(@Valid @RequestBody ApplicationRequests.BulkReview request) {
        return workflow.reviewAll(request.countyCode(), request.programmeCode(), request.schoolYear(),
                request.applicationIds(), Boolean.TRUE.equals(request.all()), request.accepted(), request.note());
    }

    static Mono<Void> paging(int page, int size) {
        if (page < 0) {
            return Mono.error(InvalidRequestException.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(InvalidRequestException.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return Mono.empty();
    }

    private static ApplicationState stateOf(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ApplicationState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("state", "is not one of the known values");
        }
    }
}
