package org.eduaid.teacher.allowance.application;

import java.time.YearMonth;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.allowance.domain.AllowanceStandard;
import org.eduaid.teacher.allowance.domain.AllowanceTier;
import org.eduaid.teacher.allowance.domain.MonthlyRate;
import org.eduaid.teacher.school.application.PostingSchools;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** The rates provinces pay per tier, and the tier of each school where a county sets one. */
@Service
public class AllowanceSettings {

    private final AllowanceStandardRepository standards;
    private final PostingSchools schools;

    public AllowanceSettings(AllowanceStandardRepository standards, PostingSchools schools) {
        this.standards = standards;
        this.schools = schools;
    }

    public Mono<AllowanceStandard> standard(String provinceCode) {
        return standards.standards().filter(standard -> standard.provinceCode().equals(provinceCode)).next()
                .switchIfEmpty(Mono.justOrEmpty(AllowanceStandard.DEFAULTS.get(provinceCode)))
                .switchIfEmpty(Mono.fromSupplier(() -> new AllowanceStandard(provinceCode, java.util.List.of())));
    }

    /** A new monthly rate for a tier from a month on; months before it keep their rate. */
    public Mono<AllowanceStandard> setRate(String provinceCode, String tier, long fen, String from) {
        if (!provinceCode.matches("\\d{2}")) {
            return Mono.error(InvalidRequestException.of("provinceCode", "is two digits"));
        }
        return Access.permit("set allowance standards", Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(provinceCode), caller, "province " + provinceCode))
                .then(Mono.fromSupplier(() -> new MonthlyRate(tierOf(tier), fen, monthOf(from))))
                .onErrorMap(IllegalArgumentException.class, e -> InvalidRequestException.of("fen", e.getMessage()))
                .flatMap(rate -> standard(provinceCode).map(standard -> standard.with(rate)))
                .flatMap(changed -> Audit.action("allowance.standard").then(Audit.touched("province:" + provinceCode))
                        .then(standards.save(changed)).thenReturn(changed));
    }

    /** A school's tier as its county sets it; {@code NONE} when its teachers get no allowance. */
    public Mono<String> setSchoolTier(String schoolCode, String tier) {
        if (!"NONE".equals(tier)) {
            tierOf(tier);
        }
        return Access.permit("set school tiers", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .then(Access.ifVisible(schools.find(schoolCode),
                        (caller, school) -> caller.canSeeRegion(school.countyCode()), "school " + schoolCode))
                .flatMap(school -> Audit.action("allowance.school-tier").then(Audit.touched("school:" + schoolCode))
                        .then(standards.setSchoolTier(schoolCode, tier)).thenReturn(tier));
    }

    private static AllowanceTier tierOf(String tier) {
        try {
            return AllowanceTier.valueOf(tier == null ? "" : tier);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("tier", "must be RURAL_SCHOOL, VILLAGE_SCHOOL, ZONE_2, ZONE_3 or ZONE_4");
        }
    }

    private static YearMonth monthOf(String from) {
        try {
            return YearMonth.parse(from == null ? "" : from);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidRequestException.of("from", "is a month such as 2027-01");
        }
    }
}
