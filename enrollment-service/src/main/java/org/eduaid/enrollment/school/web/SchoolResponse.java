package org.eduaid.enrollment.school.web;

import java.time.Instant;

import org.eduaid.enrollment.school.domain.School;

/** A school as the API shows it. */
public record SchoolResponse(String schoolCode, String name, String countyCode, String kind, String locality,
        boolean boarding, Instant registeredAt) {

    static SchoolResponse of(School school) {
        return new SchoolResponse(school.code().value(), school.name(), school.countyCode(), school.kind().name(),
                school.locality().name(), school.boarding(), school.registeredAt());
    }
}
