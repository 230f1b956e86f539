package org.eduaid.enrollment.dropout.application;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.dropout.domain.CaseId;
import org.eduaid.enrollment.dropout.domain.CaseReason;
import org.eduaid.enrollment.dropout.domain.CaseState;
import org.eduaid.enrollment.dropout.domain.PriorityGroup;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.regions.RegionLevel;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Reading cases: officers and auditors within their region (a county officer their county, a city
 * officer its counties), never school clerks. The one-case view shows officials' and visitors'
 * names, so it is audited as a disclosure; lists and ledgers show no names.
 */
@Service
public class DropoutCaseQueries {

    /** 疑似失学辍学: reported, not yet verified by a visit. */
    public static final Set<CaseState> SUSPECTED = Set.of(CaseState.REPORTED);
    /** 确认失学辍学: verified genuine, not yet back, placed, deferred or closed. */
    public static final Set<CaseState> CONFIRMED = Set.of(CaseState.VERIFIED_GENUINE, CaseState.PERSUASION);

    private static final Role[] READERS = { Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
            Role.AUDITOR, Role.PLATFORM_ADMIN };

    private final DropoutCaseRepository cases;
    private final RegionDirectory regions;
    private final CaseCalendar calendar;

    public DropoutCaseQueries(DropoutCaseRepository cases, RegionDirectory regions, CaseCalendar calendar) {
        this.cases = cases;
        this.regions = regions;
        this.calendar = calendar;
    }

    public Mono<VersionedCase> find(String caseId) {
        return Access.permit("read out-of-school cases", READERS)
                .flatMap(caller -> CaseId.isValid(caseId)
                        ? Access.ifVisible(cases.find(new CaseId(caseId)),
                                (who, found) -> who.canSeeRegion(found.dropoutCase().countyCode()), "case " + caseId)
                        : Mono.error(InvalidRequestException.of("caseId", "is not a case id")))
                .flatMap(found -> Audit.disclosed(DropoutCaseWorkflow.recordId(found.dropoutCase().id())).thenReturn(found));
    }

    public Mono<CasePage> search(String countyCode, CaseState state, Boolean overdue, PriorityGroup group, int page,
            int size) {
        return inCounty(countyCode)
                .flatMap(caller -> cases.search(new CaseFilter(countyCode, null,
                        state == null ? Set.of() : Set.of(state), overdue, group, false, calendar.today()), page, size));
    }

    /** The open cases of a city's counties that ran past their persuasion deadline. */
    public Mono<CasePage> escalated(String cityCode, int page, int size) {
        return Access.permit("read out-of-school cases", READERS)
                .flatMap(caller -> {
                    boolean city = cityCode != null && regions.find(cityCode)
                            .map(region -> region.level() == RegionLevel.CITY).orElse(false);
                    if (!city) {
                        return Mono.error(InvalidRequestException.of("cityCode",
                                "is not a city in the national division list"));
                    }
                    return Access.withinScope(caller.canSeeRegion(cityCode), caller, "city " + cityCode);
                })
                .flatMap(caller -> cases.search(new CaseFilter(null, cityCode,
                        EnumSet.complementOf(EnumSet.of(CaseState.CLOSED)), null, null, true, calendar.today()), page,
                        size));
    }

    /** A county ledger: {@link #SUSPECTED} or {@link #CONFIRMED} cases, counted and a page of them. */
    public Mono<Ledger> ledger(String kind, Set<CaseState> states, String countyCode, int page, int size) {
        return inCounty(countyCode).flatMap(caller -> cases.rows(countyCode, states)
                .reduce(new Counts(), Counts::add)
                .zipWith(cases.search(new CaseFilter(countyCode, null, states, null, null, false, calendar.today()),
                        page, size))
                .map(both -> new Ledger(countyCode, kind, both.getT1().total, both.getT1().byReason,
                        both.getT1().byGroup, both.getT2())));
    }

    private Mono<Caller> inCounty(String countyCode) {
        return Access.permit("read out-of-school cases", READERS)
                .flatMap(caller -> regions.isCounty(countyCode)
                        ? Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                        : Mono.error(InvalidRequestException.of("countyCode",
                                "is not a county in the national division list")));
    }

    private static final class Counts {

        long total;
        final Map<CaseReason, Long> byReason = new EnumMap<>(CaseReason.class);
        final Map<PriorityGroup, Long> byGroup = new EnumMap<>(PriorityGroup.class);

        Counts() {
            for (CaseReason reason : CaseReason.values()) {
                byReason.put(reason, 0L);
            }
            for (PriorityGroup group : PriorityGroup.values()) {
                byGroup.put(group, 0L);
            }
        }

        Counts add(CaseRow row) {
            total++;
            byReason.merge(row.reason(), 1L, Long::sum);
            row.priorityGroups().forEach(group -> byGroup.merge(group, 1L, Long::sum));
            return this;
        }
    }
}
