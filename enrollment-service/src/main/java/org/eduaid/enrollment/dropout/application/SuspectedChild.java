package org.eduaid.enrollment.dropout.application;

import java.time.LocalDate;

import org.eduaid.enrollment.person.PersonId;

/**
 * A school-age child the roster comparison (or a school's absence report) found possibly out of school.
 *
 * @param reason NO_ENROLMENT, WITHDREW or PROLONGED_ABSENCE
 * @param detail for an officer: e.g. how many days absent, the withdrawal reason
 */
public record SuspectedChild(PersonId child, String countyCode, String townshipCode, String reason, String detail,
        LocalDate foundOn) {
}
