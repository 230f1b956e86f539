package org.eduaid.teacher.staffing.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.eduaid.contracts.teacher.StaffingShortfallChanged;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * One school's staffing as last computed, id = school code. Staffing is derived (from the students
 * enrollment-service reports and the registry's postings) and recomputed; the record only changes, and
 * only raises its event, when a figure changed.
 */
public record SchoolStaffingRecord(String schoolCode, String countyCode, boolean rural, Map<String, Integer> studentsByStage,
        int requiredTeachers, int teachers, Map<String, Integer> teachersBySubject, Instant computedAt) {

    public SchoolStaffingRecord {
        studentsByStage = Map.copyOf(studentsByStage);
        teachersBySubject = Map.copyOf(teachersBySubject);
    }

    public int students() {
        return studentsByStage.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int shortfall() {
        return Math.max(0, requiredTeachers - teachers);
    }

    /** The record as now computed, with its event, if it differs from {@code before} (absent for a new school). */
    public Optional<ResultWithEvents<SchoolStaffingRecord>> changedFrom(Optional<SchoolStaffingRecord> before) {
        if (before.isPresent() && sameFigures(before.get())) {
            return Optional.empty();
        }
        return Optional.of(ResultWithEvents.of(this, new StaffingShortfallChanged(schoolCode, countyCode, rural,
                students(), requiredTeachers, teachers, shortfall(), computedAt)));
    }

    private boolean sameFigures(SchoolStaffingRecord other) {
        return other.studentsByStage.equals(studentsByStage) && other.requiredTeachers == requiredTeachers
                && other.teachers == teachers && other.teachersBySubject.equals(teachersBySubject) && other.rural == rural;
    }
}
