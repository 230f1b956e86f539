package org.eduaid.subsidy.gap.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.disbursement.application.PaymentId;
import org.eduaid.subsidy.disbursement.application.PaymentStatus;
import org.eduaid.subsidy.disbursement.application.PaymentStatuses;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.eduaid.subsidy.gap.domain.GapReason;
import org.eduaid.subsidy.gap.domain.GapRule;
import org.eduaid.subsidy.review.application.AidCalendar;
import org.eduaid.subsidy.review.application.ApplicationFilter;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.application.VersionedApplication;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.eduaid.subsidy.review.domain.Origin;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gap list (应助尽助 made checkable): every student eligible now, through an application of the
 * term's school year, whose payment for the term is not disbursed, with why and for how long. Read
 * in chunks: the applications of the region, then per chunk one read of the students and one of the
 * payments by id. A school's application counts as eligible (the county has to decide it), and so does
 * an approved one (the county owes it unless a batch held it, which the reason then says).
 */
@Service
public class GapList {

    static final int CHUNK = 1_000;
    private static final Set<ApplicationState> LIVE = Set.of(ApplicationState.SUBMITTED, ApplicationState.ACCEPTED,
            ApplicationState.ON_NOTICE, ApplicationState.APPROVED);
    private static final Role[] READERS = { Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
            Role.AUDITOR, Role.PLATFORM_ADMIN };

    private final ApplicationRepository applications;
    private final AidStudents students;
    private final PaymentStatuses payments;
    private final RegionDirectory regions;
    private final AidCalendar calendar;

    public GapList(ApplicationRepository applications, AidStudents students, PaymentStatuses payments,
            RegionDirectory regions, AidCalendar calendar) {
        this.applications = applications;
        this.students = students;
        this.payments = payments;
        this.regions = regions;
        this.calendar = calendar;
    }

    /** The county's gaps, longest waiting first; every row is returned (the caller pages or exports). */
    public Mono<CountyGaps> county(String countyCode, String term) {
        return Access.permit("read the gap list", READERS)
                .flatMap(caller -> {
                    if (countyCode == null || !regions.isCounty(countyCode)) {
                        return Mono.error(InvalidRequestException.of("countyCode",
                                "is not a county in the national division list"));
                    }
                    Term which = termOf(term);
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                            .then(gaps(new ApplicationFilter(null, countyCode, null, which.schoolYear().id(), LIVE, null,
                                    null), which).sort(LONGEST_WAITING_FIRST).collectList())
                            .map(rows -> new CountyGaps(countyCode, which, rows));
                });
    }

    /** Audits a read that shows these gaps' masked names. */
    public Mono<Void> disclosed(List<Gap> shown) {
        return Audit.disclosed(shown.stream().map(g -> "aid-application:" + g.applicationId()).toArray(String[]::new));
    }

    /**
     * Counts by reason and by programme for a province, city or county (default: the caller's scope;
     * nationwide for the platform admin). Shows no student, so it is not a disclosure.
     */
    public Mono<Summary> summary(String regionCode, String term) {
        return Access.permit("read the gap list", READERS)
                .flatMap(caller -> {
                    String region = regionOf(caller, regionCode);
                    Term which = termOf(term);
                    return gaps(new ApplicationFilter(region, null, null, which.schoolYear().id(), LIVE, null,
                                    null), which).collectList()
                            .map(rows -> Summary.of(region, which, rows));
                });
    }

    private Flux<Gap> gaps(ApplicationFilter filter, Term term) {
        LocalDate today = calendar.today();
        Map<String, Mono<Set<String>>> blocked = new ConcurrentHashMap<>();
        return applications.matching(filter)
                .map(VersionedApplication::application)
                .buffer(CHUNK)
                .concatMap(chunk -> {
                    List<String> studentIds = chunk.stream().map(AidApplication::studentId).distinct().toList();
                    List<String> paymentIds = chunk.stream()
                            .map(a -> PaymentId.of(a.studentId(), a.programmeCode(), term)).toList();
                    Mono<Map<String, Set<String>>> blocks = Flux.fromIterable(chunk.stream()
                                    .map(AidApplication::countyCode).distinct().toList())
                            .concatMap(county -> blocked.computeIfAbsent(county,
                                            c -> payments.programmesBlockedByBudget(c, term).cache())
                                    .map(programmes -> Map.entry(county, programmes)))
                            .collectMap(Map.Entry::getKey, Map.Entry::getValue);
                    return Mono.zip(students.find(studentIds), payments.find(paymentIds), blocks)
                            .flatMapIterable(found -> chunk.stream()
                                    .map(a -> gapOf(a, found.getT1().get(a.studentId()),
                                            found.getT2().get(PaymentId.of(a.studentId(), a.programmeCode(), term)),
                                            found.getT3().getOrDefault(a.countyCode(), Set.of()), term, today))
                                    .flatMap(Optional::stream)
                                    .toList());
                });
    }

    private Optional<Gap> gapOf(AidApplication a, AidStudent student, PaymentStatus payment, Set<String> blocked,
            Term term, LocalDate today) {
        boolean eligibleNow = a.state() == ApplicationState.APPROVED || a.origin() == Origin.SCHOOL
                || (student != null && student.eligibleProgrammes().contains(a.programmeCode()));
        if (!eligibleNow) {
            return Optional.empty();
        }
        return GapRule.reasonFor(a.state(), payment == null ? null : payment.state(), blocked.contains(a.programmeCode()))
                .map(reason -> {
                    LocalDate since = calendar.dateOf(a.eligibleSince());
                    return new Gap(a.id(), a.studentId(), student == null ? null : student.maskedName(), a.countyCode(),
                            a.schoolCode(), a.programmeCode(), term.id(), reason,
                            payment == null ? null : payment.reason(), a.eligibleSince(), since,
                            Math.max(0, ChronoUnit.DAYS.between(since, today)),
                            PaymentId.of(a.studentId(), a.programmeCode(), term));
                });
    }

    private Term termOf(String term) {
        if (term == null || term.isBlank()) {
            return Term.containing(calendar.today());
        }
        try {
            return Term.parse(term);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("term", "is written like 2024-2025-1 (autumn) or 2024-2025-2 (spring)");
        }
    }

    private static String regionOf(Caller caller, String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return caller.scope().prefix();
        }
        if (!regionCode.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw InvalidRequestException.of("regionCode", "is a 2-, 4- or 6-digit division code");
        }
        if (!caller.canSeeRegion(regionCode)) {
            throw new ResourceNotFoundException("region " + regionCode);
        }
        return regionCode;
    }

    private static final Comparator<Gap> LONGEST_WAITING_FIRST = Comparator.comparingLong(Gap::daysWaited).reversed()
            .thenComparing(Gap::applicationId);

    /** A county's gaps for a term. */
    public record CountyGaps(String countyCode, Term term, List<Gap> gaps) {
    }

    /** The reporting figure: how many gaps, by reason and by programme (each programme by reason too). */
    public record Summary(String regionCode, String term, int total, Map<GapReason, Integer> byReason,
            Map<String, ProgrammeCount> byProgramme) {

        static Summary of(String region, Term term, List<Gap> gaps) {
            Map<GapReason, Integer> byReason = new TreeMap<>();
            Map<String, Map<GapReason, Integer>> perProgramme = new TreeMap<>();
            for (Gap gap : gaps) {
                byReason.merge(gap.reason(), 1, Integer::sum);
                perProgramme.computeIfAbsent(gap.programmeCode(), p -> new TreeMap<>()).merge(gap.reason(), 1, Integer::sum);
            }
            Map<String, ProgrammeCount> byProgramme = new TreeMap<>();
            perProgramme.forEach((programme, counts) -> byProgramme.put(programme,
                    new ProgrammeCount(counts.values().stream().mapToInt(Integer::intValue).sum(), counts)));
            return new Summary(region, term.id(), gaps.size(), byReason, byProgramme);
        }
    }

    public record ProgrammeCount(int total, Map<GapReason, Integer> byReason) {
    }
}
