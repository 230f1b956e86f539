package org.eduaid.subsidy.notice.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.notice.application.NoticeQueries;
import org.eduaid.subsidy.notice.application.NoticeWorkflow;
import org.eduaid.subsidy.notice.application.VersionedNotice;
import org.eduaid.subsidy.notice.domain.AidNotice;
import org.eduaid.subsidy.notice.domain.Objection;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** Public notices (公示): publish, the public view, objections and their resolution, closing. */
@RestController
@Validated
@RequestMapping("/api/subsidies/notices")
class NoticeController {

    static final int MAX_PAGE_SIZE = 500;

    private final NoticeWorkflow workflow;
    private final NoticeQueries queries;

    NoticeController(NoticeWorkflow workflow, NoticeQueries queries) {
        this.workflow = workflow;
        this.queries = queries;
    }

    @PostMapping
    Mono<ResponseEntity<Notice>> publish(@Valid @RequestBody Publication request) {
        return workflow.publish(request.countyCode(), request.programmeCode(), request.schoolYear())
                .map(published -> ResponseEntity
                        .created(URI.create("/api/subsidies/notices/" + published.notice().noticeId()))
                        .body(Notice.of(published, true)));
    }

    @GetMapping("/{noticeId}")
    Mono<Notice> find(@PathVariable String noticeId) {
        return queries.find(noticeId).map(view -> Notice.of(view.notice(), view.withObjections()));
    }

    @GetMapping("/{noticeId}/entries")
    Mono<EntryPage> entries(@PathVariable String noticeId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            return Mono.error(InvalidRequestException.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(InvalidRequestException.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return queries.entries(noticeId, page, size).map(EntryPage::of);
    }

    @PostMapping("/{noticeId}/objections")
    Mono<ResponseEntity<Notice>> object(@PathVariable String noticeId, @Valid @RequestBody ObjectionRequest request) {
        return workflow.recordObjection(noticeId, request.applicationId(), request.text())
                .map(changed -> ResponseEntity.status(201).body(Notice.of(changed, true)));
    }

    @PostMapping("/{noticeId}/objections/{objectionId}/resolution")
    Mono<Notice> resolve(@PathVariable String noticeId, @PathVariable String objectionId,
            @Valid @RequestBody Resolution request) {
        return workflow.resolveObjection(noticeId, objectionId, request.upheld(), request.note())
                .map(changed -> Notice.of(changed, true));
    }

    @PostMapping("/{noticeId}/closure")
    Mono<Notice> close(@PathVariable String noticeId) {
        return workflow.close(noticeId).map(closed -> Notice.of(closed, true));
    }

    record Publication(@NotBlank String countyCode, @NotBlank String programmeCode, @NotBlank String schoolYear) {
    }

    record ObjectionRequest(@NotBlank String applicationId, @NotBlank @Size(max = 500) String text) {
    }

    record Resolution(@NotNull Boolean upheld, @NotBlank @Size(max = 500) String note) {
    }

    record Notice(String noticeId, String countyCode, String programmeCode, String schoolYear, String state,
            String publishedOn, String endsOn, int workingDays, int applications, Instant publishedAt,
            Instant closedAt, int approved, int rejected, List<String> openObjections, List<Objection> objections,
            long version) {

        static Notice of(VersionedNotice v, boolean withObjections) {
            AidNotice n = v.notice();
            return new Notice(n.noticeId(), n.countyCode(), n.programmeCode(), n.schoolYear().id(), n.state().name(),
                    n.publishedOn().toString(), n.endsOn().toString(), n.workingDays(), n.applications(),
                    n.publishedAt(), n.closedAt(), n.approved(), n.rejected(),
                    withObjections ? n.openObjections() : null, withObjections ? n.objections() : null, v.version());
        }
    }

    record EntryPage(String noticeId, String countyCode, String programmeCode, String schoolYear, String endsOn,
            List<NoticeQueries.Entry> entries, long total, int page, int size) {

        static EntryPage of(NoticeQueries.Entries found) {
            AidNotice n = found.notice().notice();
            return new EntryPage(n.noticeId(), n.countyCode(), n.programmeCode(), n.schoolYear().id(),
                    n.endsOn().toString(), found.entries(), found.total(), found.page(), found.size());
        }
    }
}
