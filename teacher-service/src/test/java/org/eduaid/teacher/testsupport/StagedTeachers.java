package org.eduaid.teacher.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.application.SchoolTeachers;
import org.eduaid.teacher.teacher.application.TeacherPostings;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.eduaid.teacher.teacher.application.TeacherView;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.eduaid.teacher.teacher.domain.ServiceRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The real registry, with teachers a test staged under fresh ids on top. Rotation, allowance and
 * honour tests need careers of 6, 20 or 30 years whose postings began long before the test; staging
 * them keeps those tests about their own feature. Ids nobody staged read through to the store, so the
 * shared context sees the service as it is; staged teachers only appear in regions a test made up.
 */
@Primary
@Component
public class StagedTeachers implements TeacherRegistry, TeacherPostings {

    private final TeacherRegistry stored;
    private final TeacherPostings storedPostings;
    private final PostingSchools schools;
    private final Map<String, TeacherView> staged = new ConcurrentHashMap<>();

    StagedTeachers(@Qualifier("registeredTeachers") TeacherRegistry stored,
            @Qualifier("teacherPostings") TeacherPostings storedPostings, PostingSchools schools) {
        this.stored = stored;
        this.storedPostings = storedPostings;
        this.schools = schools;
    }

    public void put(TeacherView teacher) {
        staged.put(teacher.teacherId(), teacher);
    }

    public TeacherView staged(String teacherId) {
        return staged.get(teacherId);
    }

    @Override
    public Mono<TeacherView> find(String teacherId) {
        TeacherView teacher = staged.get(teacherId);
        return teacher != null ? Mono.just(teacher) : stored.find(teacherId);
    }

    @Override
    public Flux<TeacherView> servedIn(String regionPrefix, LocalDate from, LocalDate to) {
        List<TeacherView> mine = staged.values().stream()
                .filter(teacher -> teacher.service().postings().stream().anyMatch(posting ->
                        posting.countyCode().startsWith(regionPrefix) && posting.daysServedWithin(from, to) > 0))
                .sorted(Comparator.comparing(TeacherView::teacherId))
                .toList();
        return Flux.concat(Flux.fromIterable(mine), stored.servedIn(regionPrefix, from, to)
                .filter(teacher -> !staged.containsKey(teacher.teacherId())));
    }

    @Override
    public Flux<SchoolTeachers> countsBySchool(String regionPrefix, LocalDate on) {
        Map<String, List<TeacherView>> bySchool = new HashMap<>();
        staged.values().forEach(teacher -> teacher.service().on(on)
                .filter(posting -> posting.countyCode().startsWith(regionPrefix) && teacher.teachingOn(on))
                .ifPresent(posting -> bySchool.computeIfAbsent(posting.schoolCode(), school -> new ArrayList<>())
                        .add(teacher)));
        Flux<SchoolTeachers> mine = Flux.fromIterable(bySchool.entrySet()).map(school -> {
            Map<String, Integer> bySubject = new HashMap<>();
            school.getValue().forEach(teacher -> teacher.subjects().forEach(subject -> bySubject.merge(subject, 1, Integer::sum)));
            String county = school.getValue().get(0).service().on(on).orElseThrow().countyCode();
            return new SchoolTeachers(school.getKey(), county, school.getValue().size(), bySubject);
        });
        return Flux.concat(mine, stored.countsBySchool(regionPrefix, on)
                .filter(counted -> !bySchool.containsKey(counted.schoolCode())));
    }

    @Override
    public Mono<Void> move(String teacherId, String schoolCode, LocalDate from, PostingReason reason, String exchangeId) {
        TeacherView teacher = staged.get(teacherId);
        if (teacher == null) {
            return storedPostings.move(teacherId, schoolCode, from, reason, exchangeId);
        }
        boolean done = teacher.service().postings().stream()
                .anyMatch(posting -> posting.reason() == reason && exchangeId != null && exchangeId.equals(posting.exchangeId()));
        if (done) {
            return Mono.empty();
        }
        return schools.find(schoolCode).switchIfEmpty(Mono.error(new IllegalStateException("unknown school " + schoolCode)))
                .doOnNext(school -> {
                    List<Posting> postings = new ArrayList<>(teacher.service().postings());
                    Posting current = postings.remove(postings.size() - 1);
                    postings.add(current.endedOn(from.minusDays(1)));
                    postings.add(new Posting(school.schoolCode(), school.countyCode(), school.rural(), from, null, reason, exchangeId));
                    put(new TeacherView(teacher.teacherId(), teacher.maskedName(), teacher.maskedIdNumber(),
                            teacher.subjects(), teacher.title(), teacher.postType(), teacher.postStartsOn(),
                            teacher.postEndsOn(), teacher.backbone(), teacher.principal(), new ServiceRecord(postings),
                            teacher.departedOn(), teacher.version() + 1));
                })
                .then();
    }
}
