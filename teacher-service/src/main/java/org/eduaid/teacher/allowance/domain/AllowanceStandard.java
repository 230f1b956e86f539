package org.eduaid.teacher.allowance.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A province's rates for the rural teacher living allowance. A month is paid at the rate in force
 * in it, so a new rate never changes a month already paid.
 */
public record AllowanceStandard(String provinceCode, List<MonthlyRate> rates) {

    /** Inner Mongolia: 300 yuan a month in rural schools, 400 in village schools and teaching points (domain brief §3). */
    static final AllowanceStandard INNER_MONGOLIA = new AllowanceStandard("15", List.of(
            new MonthlyRate(AllowanceTier.RURAL_SCHOOL, 30_000, YearMonth.of(2013, 1)),
            new MonthlyRate(AllowanceTier.VILLAGE_SCHOOL, 40_000, YearMonth.of(2013, 1))));

    /** Tibet: 500, 1,000 and 1,500 yuan a month in zone classes 2, 3 and 4 (domain brief §3). */
    static final AllowanceStandard TIBET = new AllowanceStandard("54", List.of(
            new MonthlyRate(AllowanceTier.ZONE_2, 50_000, YearMonth.of(2013, 1)),
            new MonthlyRate(AllowanceTier.ZONE_3, 100_000, YearMonth.of(2013, 1)),
            new MonthlyRate(AllowanceTier.ZONE_4, 150_000, YearMonth.of(2013, 1))));

    public static final Map<String, AllowanceStandard> DEFAULTS = Map.of("15", INNER_MONGOLIA, "54", TIBET);

    public AllowanceStandard {
        if (!provinceCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("a province code is two digits");
        }
        rates = rates.stream().sorted(Comparator.comparing(MonthlyRate::from)).toList();
    }

    /** The monthly amount for a tier in a month, if the province pays that tier then. */
    public Optional<Long> rateFor(AllowanceTier tier, YearMonth month) {
        return rates.stream()
                .filter(rate -> rate.tier() == tier && !rate.from().isAfter(month))
                .reduce((earlier, later) -> later)
                .map(MonthlyRate::fen);
    }

    /** The standard with a new rate from a month on; earlier months keep what they were paid. */
    public AllowanceStandard with(MonthlyRate rate) {
        List<MonthlyRate> changed = new java.util.ArrayList<>(rates.stream()
                .filter(existing -> !(existing.tier() == rate.tier() && existing.from().equals(rate.from()))).toList());
        changed.add(rate);
        return new AllowanceStandard(provinceCode, changed);
    }
}
