package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A school entered the registry. Carries the school's whole registered state, so a reader keeps
 * its own copy without calling enrollment-service.
 *
 * @param schoolCode 10-digit school identification code (学校标识码); also the event subject
 * @param countyCode 6-digit GB/T 2260 county code the school belongs to
 * @param kind KINDERGARTEN, PRIMARY, JUNIOR_SECONDARY, NINE_YEAR, SENIOR_SECONDARY,
 *        SECONDARY_VOCATIONAL, SPECIAL_EDUCATION, TEACHING_POINT or UNIVERSITY; readers treat an
 *        unknown value as "other", since kinds may be added
 * @param locality URBAN or RURAL
 */
@EventType(name = "eduaid.enrollment.SchoolRegistered", version = 1)
public record SchoolRegistered(String schoolCode, String name, String countyCode, String kind, String locality,
        boolean boarding, Instant registeredAt) {
}
