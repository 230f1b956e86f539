package org.eduaid.contracts.subsidy;

import java.util.List;

/**
 * What a payment is for, carried by every payment event that moves money, so a reader can count
 * person-times (人次), distinct students (人) and amounts by stage, programme, flag and region
 * without asking subsidy-service.
 *
 * @param paymentId {@code studentId~programmeCode~term}: one payment per student, programme and term, ever
 * @param term school year and term, e.g. {@code 2024-2025-1} (autumn) or {@code 2024-2025-2} (spring)
 * @param countyCode the county whose batch pays: the county of the school the student attends
 * @param stage PRESCHOOL, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, SECONDARY_VOCATIONAL or HIGHER_EDUCATION
 * @param locality URBAN or RURAL, the school's
 * @param flags the household flags that stood when the payment was approved: REGISTERED_POOR, DIBAO,
 *        TEKUN, ORPHAN, DISABILITY, LEFT_BEHIND, RELOCATED
 */
public record AidPaymentFacts(String paymentId, String studentId, String programmeCode, String programmeKind,
        String term, String countyCode, String schoolCode, String stage, String locality, List<String> flags,
        AidAmount amount) {
}
