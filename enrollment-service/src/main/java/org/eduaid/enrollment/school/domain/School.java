package org.eduaid.enrollment.school.domain;

import java.time.Instant;
import java.util.Objects;

import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.domain.ResultWithEvents;

/** A school in the registry, belonging to one county. */
public record School(SchoolCode code, String name, String countyCode, SchoolKind kind, Locality locality,
        boolean boarding, Instant registeredAt) {

    public School {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a school has a name");
        }
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a school belongs to a 6-digit county code");
        }
        name = name.strip();
    }

    /** Registers a school; whether the county exists is checked by the caller against the division list. */
    public static ResultWithEvents<School> register(SchoolCode code, String name, String countyCode, SchoolKind kind,
            Locality locality, boolean boarding, Instant now) {
        School school = new School(code, name, countyCode, kind, locality, boarding, now);
        return ResultWithEvents.of(school, new SchoolRegistered(code.value(), school.name(), countyCode, kind.name(),
                locality.name(), boarding, now));
    }
}
