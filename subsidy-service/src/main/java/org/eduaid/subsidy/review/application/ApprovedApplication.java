package org.eduaid.subsidy.review.application;

import java.time.Instant;

/** An application on the approved list: the student may be paid for its programme and school year. */
public record ApprovedApplication(String applicationId, String studentId, String programmeCode, String countyCode,
        String origin, Instant approvedAt) {
}
