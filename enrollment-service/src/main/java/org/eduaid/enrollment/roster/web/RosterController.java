package org.eduaid.enrollment.roster.web;

import java.net.URI;

import org.eduaid.enrollment.roster.application.AbsenceReports;
import org.eduaid.enrollment.roster.application.RosterComparisons;
import org.eduaid.enrollment.roster.application.SchoolAgeLedger;
import org.eduaid.enrollment.roster.web.RosterResponses.AbsenceResponse;
import org.eduaid.enrollment.roster.web.RosterResponses.ComparisonResponse;
import org.eduaid.enrollment.roster.web.RosterResponses.RosterPage;
import org.eduaid.enrollment.roster.web.RosterResponses.SchoolAgeCounts;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
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

/** The school-age roster: its ledger, the comparison with enrolments, and the schools' absence reports. */
@RestController
@Validated
@RequestMapping("/api/enrollment")
class RosterController {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final SchoolAgeLedger ledger;
    private final RosterComparisons comparisons;
    private final AbsenceReports absences;

    RosterController(SchoolAgeLedger ledger, RosterComparisons comparisons, AbsenceReports absences) {
        this.ledger = ledger;
        this.comparisons = comparisons;
        this.absences = absences;
    }

    @GetMapping("/roster")
    Mono<RosterPage> roster(@RequestParam(required = false) String countyCode,
            @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        int pageNumber = number("page", page, 0, 1_000_000);
        int pageSize = number("size", size, 1, SchoolAgeLedger.MAX_PAGE_SIZE);
        return ledger.page(county(countyCode), pageNumber, pageSize).map(RosterPage::of);
    }

    @GetMapping("/ledgers/school-age")
    Mono<SchoolAgeCounts> schoolAgeLedger(@RequestParam(required = false) String countyCode) {
        return ledger.counts(county(countyCode)).map(SchoolAgeCounts::of);
    }

    @PostMapping("/roster/comparisons")
    Mono<ResponseEntity<ComparisonResponse>> startComparison(@Valid @RequestBody StartComparisonRequest request) {
        return comparisons.start(request.countyCode())
                .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create("/api/enrollment/roster/comparisons/" + run.id()))
                        .body(ComparisonResponse.of(run)));
    }

    @GetMapping("/roster/comparisons/{id}")
    Mono<ComparisonResponse> comparison(@PathVariable String id) {
        if (!id.matches(UUID)) {
            return Mono.error(InvalidRequestException.of("id", "is not a comparison id"));
        }
        return comparisons.find(id).map(ComparisonResponse::of);
    }

    @PostMapping("/absences")
    Mono<ResponseEntity<AbsenceResponse>> reportAbsence(@Valid @RequestBody ReportAbsenceRequest request) {
        return absences.report(request.toCommand())
                .map(reported -> ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(AbsenceResponse.of(reported.absence())));
    }

    private static String county(String countyCode) {
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw InvalidRequestException.of("countyCode", "must be a 6-digit county code");
        }
        return countyCode;
    }

    private static int number(String field, String value, int min, int max) {
        if (!value.matches("\\d{1,7}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw InvalidRequestException.of(field, "must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }
}
