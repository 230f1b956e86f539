package org.eduaid.enrollment.roster.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.dropout.application.SuspectedChild;
import org.eduaid.enrollment.dropout.application.SuspectedChildren;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.StudentDirectory;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Mono;

/**
 * Compares one batch of school-age children with the student registry: one directory call, one read
 * of absence reports for the enrolled, one report of the suspected children to the case feature
 * (which opens a case only for children without an open one, so a repeated run opens nothing).
 */
public final class ComparisonBatch {

    private final StudentDirectory students;
    private final Absences absences;
    private final SuspectedChildren suspected;
    private final ComparisonClassifier classifier;

    public ComparisonBatch(StudentDirectory students, Absences absences, SuspectedChildren suspected,
            ComparisonClassifier classifier) {
        this.students = students;
        this.absences = absences;
        this.suspected = suspected;
        this.classifier = classifier;
    }

    /**
     * @param schoolYearStart absence reports from this day on count (1 September of the school year)
     * @param today the day the suspicions are found on
     */
    public Mono<ComparisonCounts> compare(List<RosterEntry> batch, LocalDate schoolYearStart, LocalDate today,
            TraceContext trace) {
        if (batch.isEmpty()) {
            return Mono.just(ComparisonCounts.none());
        }
        List<PersonId> ids = batch.stream().map(RosterEntry::id).toList();
        return students.statusOf(ids).flatMap(statuses -> {
            List<PersonId> enrolled = statuses.values().stream().filter(StudentStatus::activelyEnrolled)
                    .map(StudentStatus::id).toList();
            Mono<Map<PersonId, List<Absence>>> reports = enrolled.isEmpty() ? Mono.just(Map.of())
                    : absences.of(enrolled, schoolYearStart);
            return reports.flatMap(absent -> {
                List<SuspectedChild> found = new ArrayList<>();
                Map<Suspicion.Reason, Long> byReason = new EnumMap<>(Suspicion.Reason.class);
                for (RosterEntry child : batch) {
                    classifier.classify(statuses.get(child.id()), absent.getOrDefault(child.id(), List.of()))
                            .ifPresent(suspicion -> {
                                byReason.merge(suspicion.reason(), 1L, Long::sum);
                                found.add(new SuspectedChild(child.id(), child.countyCode(), child.townshipCode(),
                                        suspicion.reason().name(), suspicion.detail(), today));
                            });
                }
                Mono<Integer> opened = found.isEmpty() ? Mono.just(0) : suspected.report(found, trace);
                return opened.map(cases -> new ComparisonCounts(batch.size(), byReason, cases));
            });
        });
    }
}
