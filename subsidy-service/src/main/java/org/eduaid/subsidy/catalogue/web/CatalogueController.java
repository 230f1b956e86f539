package org.eduaid.subsidy.catalogue.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.catalogue.application.CatalogueEditor;
import org.eduaid.subsidy.catalogue.application.CatalogueQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** The aid catalogue (资助项目): programmes with their rules and standards; everyone reads, province officers edit. */
@RestController
@Validated
@RequestMapping("/api/subsidies/catalogue")
class CatalogueController {

    private final CatalogueEditor editor;
    private final CatalogueQueries queries;

    CatalogueController(CatalogueEditor editor, CatalogueQueries queries) {
        this.editor = editor;
        this.queries = queries;
    }

    /** Every programme; with {@code on}, those in force that day. */
    @GetMapping("/programmes")
    Mono<List<CatalogueResponses.ProgrammeView>> programmes(@RequestParam(required = false) String on) {
        return Mono.fromCallable(() -> date(on)).flatMap(date -> queries.programmes(date.orElse(null)))
                .map(found -> found.stream().map(CatalogueResponses.ProgrammeView::of).toList());
    }

    @GetMapping("/programmes/{code}")
    Mono<CatalogueResponses.ProgrammeView> programme(@PathVariable String code) {
        return queries.programme(code).map(CatalogueResponses.ProgrammeView::of);
    }

    @PostMapping("/programmes")
    Mono<ResponseEntity<CatalogueResponses.ProgrammeView>> define(
            @Valid @RequestBody CatalogueRequests.Definition request) {
        return editor.define(request::toProgramme)
                .map(change -> ResponseEntity
                        .created(URI.create("/api/subsidies/catalogue/programmes/" + request.code()))
                        .body(CatalogueResponses.ProgrammeView.of(change)));
    }

    @PutMapping("/programmes/{code}")
    Mono<CatalogueResponses.ProgrammeView> revise(@PathVariable String code,
            @Valid @RequestBody CatalogueRequests.Revision request) {
        return editor.revise(code, request.expectedVersion(), request::toRevision)
                .map(CatalogueResponses.ProgrammeView::of);
    }

    /** A new amount from a date; the standard it replaces ends the day before. Payments already made keep theirs. */
    @PostMapping("/programmes/{code}/standards")
    Mono<CatalogueResponses.ProgrammeView> addStandard(@PathVariable String code,
            @Valid @RequestBody CatalogueRequests.NewStandard request) {
        return editor.addStandard(code, request.expectedVersion(), request::toStandard)
                .map(CatalogueResponses.ProgrammeView::of);
    }

    /** Every rule of every programme, one row each (with {@code on}: of the programmes in force that day). */
    @GetMapping("/rules")
    Mono<List<CatalogueResponses.RuleRow>> rules(@RequestParam(required = false) String on) {
        return Mono.fromCallable(() -> date(on)).flatMap(date -> queries.rules(date.orElse(null)))
                .map(rows -> rows.stream().map(CatalogueResponses.RuleRow::of).toList());
    }

    private static java.util.Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of("on", "must be a date like 2026-09-01");
        }
    }
}
