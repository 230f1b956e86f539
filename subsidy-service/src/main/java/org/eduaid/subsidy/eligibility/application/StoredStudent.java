package org.eduaid.subsidy.eligibility.application;

import org.eduaid.subsidy.eligibility.domain.StudentEligibility;

/** A student's eligibility as stored, with the version a change must name. */
public record StoredStudent(StudentEligibility student, long version) {
}
