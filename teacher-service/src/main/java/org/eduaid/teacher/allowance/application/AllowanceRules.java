package org.eduaid.teacher.allowance.application;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eduaid.teacher.allowance.domain.AllowanceStandard;
import org.eduaid.teacher.allowance.domain.AllowanceTier;
import org.eduaid.teacher.allowance.domain.PayrollMonth;
import org.eduaid.teacher.school.application.PostingSchool;

/**
 * The standards and school tiers one payroll run pays by, read once at its start so that every
 * teacher of the run is paid by the same rules.
 *
 * <p>A school without a tier set by an officer takes one from what it is: urban schools pay nothing,
 * teaching points the village tier, other rural schools the rural tier, and in Tibet zone class 2 (the
 * lowest) until the county sets the school's class.
 */
public record AllowanceRules(Map<String, AllowanceStandard> standards, Map<String, String> tiersSet,
        Map<String, PostingSchool> schools) implements PayrollMonth.RateLookup {

    public Optional<AllowanceTier> tierOf(String schoolCode) {
        String set = tiersSet.get(schoolCode);
        if (set != null) {
            return "NONE".equals(set) ? Optional.empty() : Optional.of(AllowanceTier.valueOf(set));
        }
        PostingSchool school = schools.get(schoolCode);
        if (school == null || !school.rural()) {
            return Optional.empty();
        }
        if (school.countyCode().startsWith("54")) {
            return Optional.of(AllowanceTier.ZONE_2);
        }
        return Optional.of("TEACHING_POINT".equals(school.kind()) ? AllowanceTier.VILLAGE_SCHOOL : AllowanceTier.RURAL_SCHOOL);
    }

    @Override
    public Optional<Long> rate(String countyCode, AllowanceTier tier, YearMonth month) {
        AllowanceStandard standard = standards.get(countyCode.substring(0, 2));
        return standard == null ? Optional.empty() : standard.rateFor(tier, month);
    }

    /** The defaults, overlaid with what provinces stored. */
    static Map<String, AllowanceStandard> withDefaults(Iterable<AllowanceStandard> stored) {
        Map<String, AllowanceStandard> standards = new HashMap<>(AllowanceStandard.DEFAULTS);
        stored.forEach(standard -> standards.put(standard.provinceCode(), standard));
        return standards;
    }
}
