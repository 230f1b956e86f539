package org.eduaid.teacher.teacher.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.eduaid.teacher.teacher.domain.Posting;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The registry as the other features read it: one pass over the teachers, filtered here. */
@Service("registeredTeachers")
public class RegisteredTeachers implements TeacherRegistry {

    private final TeacherRepository teachers;

    public RegisteredTeachers(TeacherRepository teachers) {
        this.teachers = teachers;
    }

    @Override
    public Mono<TeacherView> find(String teacherId) {
        return teachers.find(teacherId).map(VersionedTeacher::view);
    }

    @Override
    public Flux<TeacherView> servedIn(String regionPrefix, LocalDate from, LocalDate to) {
        return teachers.everPostedIn(regionPrefix)
                .filter(found -> found.teacher().service().postings().stream().anyMatch(posting ->
                        posting.countyCode().startsWith(regionPrefix) && posting.daysServedWithin(from, to) > 0))
                .map(VersionedTeacher::view);
    }

    @Override
    public Flux<SchoolTeachers> countsBySchool(String regionPrefix, LocalDate on) {
        return teachers.everPostedIn(regionPrefix)
                .filter(found -> found.view().teachingOn(on))
                .flatMapIterable(found -> found.teacher().service().on(on)
                        .filter(posting -> posting.countyCode().startsWith(regionPrefix))
                        .map(posting -> java.util.List.of(Map.entry(posting, found.teacher().subjects())))
                        .orElse(java.util.List.of()))
                .collect(() -> new TreeMap<String, Tally>(), (tallies, entry) -> {
                    Posting posting = entry.getKey();
                    tallies.computeIfAbsent(posting.schoolCode(), school -> new Tally(posting.countyCode()))
                            .add(entry.getValue());
                })
                .flatMapIterable(tallies -> tallies.entrySet().stream()
                        .map(tally -> tally.getValue().toCount(tally.getKey())).toList());
    }

    private static final class Tally {
        private final String countyCode;
        private final Map<String, Integer> bySubject = new TreeMap<>();
        private int teachers;

        Tally(String countyCode) {
            this.countyCode = countyCode;
        }

        void add(java.util.List<String> subjects) {
            teachers++;
            subjects.forEach(subject -> bySubject.merge(subject, 1, Integer::sum));
        }

        SchoolTeachers toCount(String schoolCode) {
            return new SchoolTeachers(schoolCode, countyCode, teachers, Map.copyOf(bySubject));
        }
    }
}
