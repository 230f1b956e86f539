package org.eduaid.teacher.allowance.application;

import java.time.Instant;
import java.util.Map;

/**
 * A county's payroll for a month as its last run left it, id {@code countyCode~YYYY-MM}.
 *
 * @param teachers teachers the county pays for the month (lines computed)
 * @param approved payments the runs created for them
 * @param paidBefore lines whose payment already existed (an earlier run, or another county's payroll)
 * @param totalFen what the lines add up to
 * @param teachersByTier lines per tier
 */
public record PayrollRecord(String payrollId, String countyCode, String month, int teachers, int approved,
        int paidBefore, long totalFen, Map<String, Integer> teachersByTier, Instant lastRunAt) {

    public static String idOf(String countyCode, String month) {
        return countyCode + "~" + month;
    }
}
