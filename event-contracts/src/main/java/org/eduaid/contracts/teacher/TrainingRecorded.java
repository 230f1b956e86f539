package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A teacher completed a training course.
 *
 * @param programme NATIONAL (国培计划), PROVINCIAL (区培/省培计划), COUNTY or SCHOOL
 * @param hours course hours, in tenths of an hour (so 2.5 hours is 25)
 * @param fundsFen what the course cost for this teacher, in fen
 */
@EventType(name = "eduaid.teacher.TrainingRecorded", version = 1)
public record TrainingRecorded(String recordId, String teacherId, String programme, String course,
        int hours, long fundsFen, String schoolCode, String countyCode, String completedOn, Instant recordedAt) {
}
