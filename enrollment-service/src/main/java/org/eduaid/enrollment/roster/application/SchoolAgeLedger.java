package org.eduaid.enrollment.roster.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.student.application.StudentDirectory;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.enrollment.roster.domain.SchoolAgePolicy;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The county ledger of school-age children (适龄儿童台账): the children of compulsory-school age on the
 * reference date, a page at a time (masked), and their counts by age and sex. Officers of the county
 * and above and auditors read it within their scope; clerks do not.
 */
@Service
public class SchoolAgeLedger {

    public static final int MAX_PAGE_SIZE = 200;

    private final RosterRepository roster;
    private final StudentDirectory students;
    private final SchoolAgePolicy policy;
    private final RegionDirectory regions;
    private final Clock clock;

    public SchoolAgeLedger(RosterRepository roster, StudentDirectory students, SchoolAgePolicy policy,
            RegionDirectory regions, Clock clock) {
        this.roster = roster;
        this.students = students;
        this.policy = policy;
        this.regions = regions;
        this.clock = clock;
    }

    public record Child(RosterEntry entry, int age, String enrolment) {
    }

    public record Page(String countyCode, LocalDate referenceDate, int page, int size, long total, List<Child> children) {
    }

    public record AgeCount(int age, long male, long female) {

        public long total() {
            return male + female;
        }
    }

    public record Counts(String countyCode, LocalDate referenceDate, int fromAge, int toAge, long total,
            List<AgeCount> byAge) {
    }

    public Mono<Page> page(String countyCode, int page, int size) {
        LocalDate reference = referenceDate();
        LocalDate from = policy.earliestBirthDate(reference);
        LocalDate to = policy.latestBirthDate(reference);
        return readable(countyCode)
                .then(roster.countOnRoster(countyCode, from, to))
                .flatMap(total -> roster.onRosterPage(countyCode, from, to, (long) page * size, size).collectList()
                        .flatMap(entries -> students.statusOf(entries.stream().map(RosterEntry::id).toList())
                                .map(statuses -> new Page(countyCode, reference, page, size, total, entries.stream()
                                        .map(entry -> new Child(entry, SchoolAgePolicy.ageOn(entry.birthDate(), reference),
                                                enrolmentOf(statuses.get(entry.id()))))
                                        .toList()))));
    }

    public Mono<Counts> counts(String countyCode) {
        LocalDate reference = referenceDate();
        return readable(countyCode)
                .then(roster.onRoster(countyCode, policy.earliestBirthDate(reference), policy.latestBirthDate(reference))
                        .collect(() -> new TreeMap<Integer, long[]>(), (byAge, entry) -> {
                            long[] bySex = byAge.computeIfAbsent(SchoolAgePolicy.ageOn(entry.birthDate(), reference),
                                    age -> new long[2]);
                            bySex["MALE".equals(entry.sex()) ? 0 : 1]++;
                        }))
                .map(byAge -> {
                    TreeMap<Integer, long[]> all = new TreeMap<>(byAge);
                    for (int age = policy.fromAge(); age <= policy.toAge(); age++) {
                        all.putIfAbsent(age, new long[2]);
                    }
                    List<AgeCount> rows = all.entrySet().stream()
                            .map((Map.Entry<Integer, long[]> row) -> new AgeCount(row.getKey(), row.getValue()[0],
                                    row.getValue()[1]))
                            .toList();
                    return new Counts(countyCode, reference, policy.fromAge(), policy.toAge(),
                            rows.stream().mapToLong(AgeCount::total).sum(), rows);
                });
    }

    private Mono<Caller> readable(String countyCode) {
        return Access.permit("read the school-age ledger", Role.COUNTY_OFFICER, Role.CITY_OFFICER,
                        Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!regions.isCounty(countyCode)) {
                        return Mono.error(InvalidRequestException.of("countyCode",
                                "is not a county in the national division list"));
                    }
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode);
                });
    }

    private LocalDate referenceDate() {
        return policy.referenceDate(LocalDate.now(clock.withZone(RegistryRecordApplier.CHINA)));
    }

    private static String enrolmentOf(StudentStatus status) {
        return status == null ? "NOT_REGISTERED" : status.enrolment().name();
    }
}
