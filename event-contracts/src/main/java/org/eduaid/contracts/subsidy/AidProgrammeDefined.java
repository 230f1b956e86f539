package org.eduaid.contracts.subsidy;


import org.eduaid.contracts.EventType;
import java.time.Instant;
import java.util.List;

/**
 * An aid programme (资助项目) was defined or changed; carries the whole programme as it now stands.
 *
 * @param kind GRANT, FEE_EXEMPTION, LIVING_ALLOWANCE, NUTRITION, THREE_GUARANTEES or STUDENT_LOAN
 *        (a loan contract, not a grant); readers treat an unknown value as "other"
 * @param stages the stages it covers
 * @param standards amounts by stage, locality, region and period, each valid from a date
 * @param validFrom ISO date, or {@code null} for always
 * @param validTo ISO date (inclusive), or {@code null} for open-ended
 */
@EventType(name = "eduaid.subsidy.AidProgrammeDefined", version = 1)
public record AidProgrammeDefined(String programmeCode, String name, String kind, List<String> stages,
        List<Standard> standards, int centralPercent, int provincialPercent, int countyPercent, String validFrom,
        String validTo, Instant definedAt) {

    /**
     * @param stage a stage, or {@code null} for every stage of the programme
     * @param locality URBAN, RURAL or {@code null} for both
     * @param regionPrefix leading digits of the region code it applies in ("" = everywhere)
     * @param unit YEAR, TERM or SCHOOL_DAY
     */
    public record Standard(String stage, String locality, String regionPrefix, long amountFen, String unit,
            String validFrom, String validTo) {
    }
}
