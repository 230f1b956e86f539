package org.eduaid.subsidy.eligibility.application;

import java.util.Set;

import org.eduaid.subsidy.catalogue.domain.StudentFacts;

/**
 * A student as aid sees them: the facts rules and standards look at, the masked forms lists and
 * notices may show, and the programmes the student is eligible for now.
 */
public record AidStudent(StudentFacts facts, String maskedName, String maskedIdNumber,
        Set<String> eligibleProgrammes) {
}
