package org.eduaid.subsidy.eligibility.application;

import java.util.function.UnaryOperator;

import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;

/**
 * One student event, checked and ready to apply: the student, its {@code ce_sequence}, what it
 * changes in the student's facts, and the request the events it causes belong to.
 */
public record StudentEvent(String studentId, long sequence, UnaryOperator<StudentEligibility> change,
        TraceContext trace) {
}
