package org.eduaid.enrollment.household.web;

import org.eduaid.enrollment.household.application.HouseholdFlagQueries;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Officers' view of where a child's household flags came from: each outside system's word and its history. */
@RestController
@RequestMapping("/api/enrollment/household-flags")
class HouseholdFlagController {

    private final HouseholdFlagQueries queries;

    HouseholdFlagController(HouseholdFlagQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{studentId}")
    Mono<HouseholdFlagsResponse> ofStudent(@PathVariable String studentId) {
        if (!PersonId.isValid(studentId)) {
            return Mono.error(InvalidRequestException.of("studentId", "is not a student id"));
        }
        return queries.ofStudent(new PersonId(studentId)).map(rows -> HouseholdFlagsResponse.of(studentId, rows));
    }
}
