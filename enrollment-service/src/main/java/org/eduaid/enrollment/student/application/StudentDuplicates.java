package org.eduaid.enrollment.student.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.student.domain.Enrolment;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.privacy.Masks;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Duplicate detection beyond the ID number: a newly registered student with the same name, sex and
 * birth date as a student of another county under a different ID number is put on a review list
 * for the officers. Nothing is merged: an officer decides, and the decision is only recorded.
 */
@Service
public class StudentDuplicates {

    public static final List<String> DECISIONS = List.of("DIFFERENT_PEOPLE", "SAME_PERSON");

    private final StudentRepository students;
    private final DuplicateRepository duplicates;
    private final IdentityKeys keys;
    private final Clock clock;

    public StudentDuplicates(StudentRepository students, DuplicateRepository duplicates, IdentityKeys keys,
            Clock clock) {
        this.students = students;
        this.duplicates = duplicates;
        this.keys = keys;
        this.clock = clock;
    }

    /** Looks for look-alikes of newly registered students, in one round trip for all of them. */
    Mono<Void> detect(Collection<Student> registered) {
        if (registered.isEmpty()) {
            return Mono.empty();
        }
        Map<String, List<Student>> byKey = registered.stream().collect(Collectors.groupingBy(keys::of));
        Map<PersonId, String> keyOfStudent = new HashMap<>();
        byKey.forEach((key, sharing) -> sharing.forEach(student -> keyOfStudent.put(student.id(), key)));
        return students.lookAlikes(keyOfStudent).flatMap(found -> {
            List<DuplicateReview> pairs = new ArrayList<>();
            for (StoredStudent candidate : found) {
                Student other = candidate.student();
                for (Student student : byKey.getOrDefault(keys.of(other), List.of())) {
                    if (!other.id().equals(student.id())
                            && !other.household().countyCode().equals(student.household().countyCode())) {
                        pairs.add(pair(student, other));
                    }
                }
            }
            return duplicates.report(pairs);
        });
    }

    public Mono<Page<DuplicateReview>> list(String countyCode, int page, int size) {
        return Access.permit("list possible duplicate students", Role.COUNTY_OFFICER, Role.CITY_OFFICER,
                        Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (countyCode == null || !countyCode.matches("\\d{6}")) {
                        return Mono.error(InvalidRequestException.of("countyCode", "must be a 6-digit county code"));
                    }
                    return Access.withinScope(caller.canSeeRegion(countyCode), countyCode, "county " + countyCode);
                })
                .flatMap(county -> duplicates.inCounty(county, page, size));
    }

    public Mono<DuplicateReview> resolve(String id, String decision, String note) {
        return Access.permit("resolve possible duplicate students", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.ifVisible(duplicates.find(id),
                                (who, review) -> review.concerns(who::canSeeRegion), "duplicate review " + id)
                        .flatMap(review -> Audit.action("student.duplicate.resolve")
                                .then(Audit.touched(review.students().stream().map(s -> "student:" + s.studentId())
                                        .toArray(String[]::new)))
                                .then(duplicates.resolve(id, decision, note, caller.subject(), clock.instant()))
                                .switchIfEmpty(Mono.error(() -> new ConflictException(
                                        "This possible duplicate has already been resolved.")))));
    }

    private DuplicateReview pair(Student a, Student b) {
        Student first = a.id().value().compareTo(b.id().value()) < 0 ? a : b;
        Student second = first == a ? b : a;
        return new DuplicateReview(first.id().value() + "." + second.id().value(),
                List.of(summary(first), summary(second)), clock.instant(), "OPEN", null, null, null, null);
    }

    private static DuplicateReview.Student summary(Student student) {
        return new DuplicateReview.Student(student.id().value(), student.idNumber().masked(),
                Masks.personName(student.name()), student.household().countyCode(),
                student.current().map(Enrolment::countyCode).orElse(null));
    }
}
