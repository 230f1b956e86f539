package org.eduaid.subsidy.gap.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.subsidy.gap.domain.GapReason;

/**
 * An eligible student not yet paid for a programme in the term, and why.
 *
 * @param detail the hold, failure or return reason from the payment, else {@code null}
 * @param waitingSince when the student was found eligible, or the school applied
 * @param daysWaited civil days from then to today
 */
public record Gap(String applicationId, String studentId, String maskedName, String countyCode, String schoolCode,
        String programmeCode, String term, GapReason reason, String detail, Instant waitingSince, LocalDate since,
        long daysWaited, String paymentId) {
}
