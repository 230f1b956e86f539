package org.eduaid.reporting.school.web;

import org.eduaid.kit.security.Access;
import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.reporting.school.application.SchoolCounts;
import org.eduaid.reporting.school.application.SchoolFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** {@code GET /api/reports/schools?region=15} (province), {@code 1504} (city) or {@code 150424} (county). */
@RestController
@RequestMapping("/api/reports/schools")
class SchoolReportController {

    private final SchoolFigures figures;

    SchoolReportController(SchoolFigures figures) {
        this.figures = figures;
    }

    @GetMapping
    Mono<SchoolCounts> counts(@RequestParam(required = false) String region) {
        if (region == null || !region.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return Mono.error(InvalidRequestException.of("region", "must be a 2-, 4- or 6-digit region code"));
        }
        return Access.permit("read school figures", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(region), region, "region " + region))
                .flatMap(figures::countsFor);
    }
}
