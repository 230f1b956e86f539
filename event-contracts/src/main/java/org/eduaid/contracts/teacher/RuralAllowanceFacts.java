package org.eduaid.contracts.teacher;

/**
 * What one month's rural teacher living allowance (乡村教师生活补助) payment is for, carried by every
 * allowance event so a reader can sum by region, tier and month without asking teacher-service.
 *
 * @param paymentId {@code teacherId~YYYY-MM}: one payment per teacher and month, ever
 * @param month {@code YYYY-MM}
 * @param schoolCode the school the teacher served at for most of the month, which decides the tier
 * @param tier RURAL_SCHOOL, VILLAGE_SCHOOL (村小 and teaching points), ZONE_2, ZONE_3 or ZONE_4 (Tibet's
 *        zone classes); readers treat an unknown value as "other"
 * @param payrollId the county payroll that paid it
 */
public record RuralAllowanceFacts(String paymentId, String teacherId, String month, String schoolCode,
        String countyCode, String tier, long amountFen, String payrollId) {
}
