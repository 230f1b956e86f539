package org.eduaid.enrollment.dropout.domain;

import java.time.LocalDate;

/**
 * That the child is back at school: the school of an active enrolment, as the student registry
 * holds it. Only the application makes one, after asking the registry; a return without it is refused.
 */
public record EnrolmentProof(String schoolCode, LocalDate returnedOn) {

    public EnrolmentProof {
        InvalidCaseDataException.require(schoolCode != null && schoolCode.matches("\\d{10}"), "schoolCode",
                "must be exactly 10 digits");
        InvalidCaseDataException.require(returnedOn != null, "returnedOn", "is required");
    }
}
