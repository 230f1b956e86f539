package org.eduaid.teacher.training.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.contracts.teacher.TrainingRecorded;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * A training course a teacher completed (国培计划, 区培计划 and local courses), with its hours and what
 * it cost, credited to the school the teacher served at when they completed it.
 */
public record TrainingRecord(String id, String teacherId, Programme programme, String course, BigDecimal hours,
        long fundsFen, String schoolCode, String countyCode, LocalDate completedOn) {

    public enum Programme { NATIONAL, PROVINCIAL, COUNTY, SCHOOL }

    public TrainingRecord {
        if (course == null || course.isBlank() || course.length() > 200) {
            throw new IllegalArgumentException("course must name the course in at most 200 characters");
        }
        if (hours.signum() <= 0 || hours.scale() > 1 || hours.compareTo(new BigDecimal("2000")) > 0) {
            throw new IllegalArgumentException("hours must be more than 0 and at most 2,000, to one decimal place");
        }
        if (fundsFen < 0) {
            throw new IllegalArgumentException("fundsFen cannot be negative");
        }
    }

    public static ResultWithEvents<TrainingRecord> record(TrainingRecord record, Instant at) {
        return ResultWithEvents.of(record, new TrainingRecorded(record.id, record.teacherId, record.programme.name(),
                record.course, record.hours.movePointRight(1).intValueExact(), record.fundsFen, record.schoolCode,
                record.countyCode, record.completedOn.toString(), at));
    }
}
