package org.eduaid.enrollment.roster.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eduaid.enrollment.roster.application.Absence;
import org.eduaid.enrollment.roster.application.ComparisonRun;
import org.eduaid.enrollment.roster.application.SchoolAgeLedger;

/** What the roster endpoints answer; ID numbers and names only masked. */
final class RosterResponses {

    private RosterResponses() {
    }

    record AbsenceResponse(String studentId, String schoolCode, String countyCode, LocalDate fromDate, int daysAbsent,
            String reportedBy, Instant reportedAt) {

        static AbsenceResponse of(Absence absence) {
            return new AbsenceResponse(absence.studentId().value(), absence.schoolCode(), absence.countyCode(),
                    absence.fromDate(), absence.daysAbsent(), absence.reportedBy(), absence.reportedAt());
        }
    }

    record ComparisonResponse(String id, String countyCode, String status, String trigger, LocalDate referenceDate,
            Instant startedAt, Instant finishedAt, long examined, long suspected, Map<String, Long> suspectedByReason,
            long casesOpened, String failure) {

        static ComparisonResponse of(ComparisonRun run) {
            Map<String, Long> byReason = new TreeMap<>();
            run.counts().suspectedByReason().forEach((reason, count) -> byReason.put(reason.name(), count));
            return new ComparisonResponse(run.id(), run.countyCode(), run.status().name(), run.trigger(),
                    run.referenceDate(), run.startedAt(), run.finishedAt(), run.counts().examined(),
                    run.counts().suspected(), byReason, run.counts().casesOpened(), run.failure());
        }
    }

    record ChildRow(String childId, String idNumber, String name, String sex, int age, String townshipCode,
            String enrolment) {
    }

    record RosterPage(String countyCode, LocalDate referenceDate, int page, int size, long total, List<ChildRow> children) {

        static RosterPage of(SchoolAgeLedger.Page page) {
            return new RosterPage(page.countyCode(), page.referenceDate(), page.page(), page.size(), page.total(),
                    page.children().stream().map(child -> new ChildRow(child.entry().id().value(),
                            child.entry().maskedIdNumber(), child.entry().maskedName(), child.entry().sex(), child.age(),
                            child.entry().townshipCode(), child.enrolment())).toList());
        }
    }

    record AgeRow(int age, long male, long female, long total) {
    }

    record SchoolAgeCounts(String countyCode, LocalDate referenceDate, int fromAge, int toAge, long total,
            List<AgeRow> byAge) {

        static SchoolAgeCounts of(SchoolAgeLedger.Counts counts) {
            return new SchoolAgeCounts(counts.countyCode(), counts.referenceDate(), counts.fromAge(), counts.toAge(),
                    counts.total(), counts.byAge().stream()
                            .map(row -> new AgeRow(row.age(), row.male(), row.female(), row.total())).toList());
        }
    }
}
