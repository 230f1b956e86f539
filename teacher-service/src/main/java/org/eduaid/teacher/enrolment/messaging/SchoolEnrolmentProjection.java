package org.eduaid.teacher.enrolment.messaging;

import java.util.List;

import org.bson.Document;
import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentFlagsChanged;
import org.eduaid.contracts.enrollment.StudentGraduated;
import org.eduaid.contracts.enrollment.StudentPromoted;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.contracts.enrollment.StudentResumed;
import org.eduaid.contracts.enrollment.StudentSuspended;
import org.eduaid.contracts.enrollment.StudentTransferred;
import org.eduaid.contracts.enrollment.StudentWithdrawn;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.consumer.ProjectionWrite;

/**
 * Keeps {@code school_students}: where each student is and in which stage, and whether they count
 * toward the school's staffing (a suspended, withdrawn or graduated student does not). One row per
 * student, written only by a newer event, so duplicates and stale redeliveries change nothing.
 */
public final class SchoolEnrolmentProjection {

    public static final String COLLECTION = "school_students";

    private SchoolEnrolmentProjection() {
    }

    public static EventHandlers handlers() {
        return EventHandlers.builder()
                .on(StudentEnrolled.class, event -> place(event, event.data().studentId(), event.data().schoolCode(),
                        event.data().countyCode(), event.data().stage(), true))
                .on(StudentPromoted.class, event -> place(event, event.data().studentId(), event.data().schoolCode(),
                        event.data().countyCode(), event.data().stage(), true))
                .on(StudentTransferred.class, event -> place(event, event.data().studentId(), event.data().toSchoolCode(),
                        event.data().toCountyCode(), event.data().stage(), true))
                .on(StudentResumed.class, event -> place(event, event.data().studentId(), event.data().schoolCode(),
                        event.data().countyCode(), null, true))
                .on(StudentSuspended.class, event -> place(event, event.data().studentId(), event.data().schoolCode(),
                        event.data().countyCode(), null, false))
                .on(StudentWithdrawn.class, event -> place(event, event.data().studentId(), event.data().schoolCode(),
                        event.data().countyCode(), null, false))
                .on(StudentGraduated.class, event -> place(event, event.data().studentId(), event.data().schoolCode(),
                        event.data().countyCode(), event.data().stage(), false))
                // who the student is and their household do not change how many teachers a school needs
                .on(StudentRegistered.class, event -> List.of())
                .on(StudentFlagsChanged.class, event -> List.of())
                .build();
    }

    private static List<ProjectionWrite> place(InboundEvent<?> event, String studentId, String schoolCode,
            String countyCode, String stage, boolean counted) {
        if (studentId == null || !studentId.equals(event.subject())) {
            throw new InvalidEventException("studentId is missing or differs from the event's subject");
        }
        if (schoolCode == null || !schoolCode.matches("\\d{10}")) {
            throw new InvalidEventException("schoolCode is not a 10-digit school code");
        }
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new InvalidEventException("countyCode is not a 6-digit county code");
        }
        Document fields = new Document("schoolCode", schoolCode).append("countyCode", countyCode).append("counted", counted);
        if (stage != null) {
            fields.append("stage", stage);
        }
        return List.of(ProjectionWrite.upsertIfNewer(COLLECTION, studentId, event.sequence(), fields));
    }
}
