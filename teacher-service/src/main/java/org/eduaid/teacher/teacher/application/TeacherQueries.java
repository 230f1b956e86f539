package org.eduaid.teacher.teacher.application;

import java.util.List;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.Teacher;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Reads of the registry for people: scoped to the caller's region or school, and audited. */
@Service
public class TeacherQueries {

    private static final Role[] READERS = {Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.CITY_OFFICER,
            Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN};

    private final TeacherRepository teachers;

    public TeacherQueries(TeacherRepository teachers) {
        this.teachers = teachers;
    }

    public record TeacherPage(List<VersionedTeacher> teachers, int page, int size, long total) {
    }

    public Mono<VersionedTeacher> find(String teacherId) {
        return Access.permit("read teachers", READERS)
                .then(Access.ifVisible(teachers.find(teacherId), (caller, found) -> visible(caller, found.teacher()),
                        "teacher " + teacherId))
                .flatMap(found -> Audit.disclosed("teacher:" + teacherId).thenReturn(found));
    }

    /** The teachers now (or last) posted at a school, or in a region; paged, in id order. */
    public Mono<TeacherPage> list(String schoolCode, String regionCode, int page, int size) {
        if (schoolCode == null && regionCode == null) {
            return Mono.error(InvalidRequestException.of("regionCode", "name a schoolCode or a regionCode"));
        }
        if (regionCode != null && !regionCode.matches("\\d{2,6}")) {
            return Mono.error(InvalidRequestException.of("regionCode", "is 2 to 6 digits of a division code"));
        }
        if (page < 0 || size < 1 || size > 500) {
            return Mono.error(InvalidRequestException.of("size", "must be 1 to 500, with page 0 or more"));
        }
        return Access.permit("read teachers", READERS).flatMap(caller -> teachers.postedIn(schoolCode, regionCode)
                .filter(found -> visible(caller, found.teacher()))
                .collectList()
                .flatMap(all -> {
                    List<VersionedTeacher> slice = all.stream().skip((long) page * size).limit(size).toList();
                    return Audit.disclosed(slice.stream().map(found -> "teacher:" + found.teacher().id())
                                    .toArray(String[]::new))
                            .thenReturn(new TeacherPage(slice, page, size, all.size()));
                }));
    }

    static boolean visible(Caller caller, Teacher teacher) {
        Posting last = teacher.service().postings().get(teacher.service().postings().size() - 1);
        return caller.canSeeSchool(last.schoolCode(), last.countyCode());
    }
}
