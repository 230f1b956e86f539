package org.eduaid.subsidy.review.domain;

import java.util.regex.Pattern;

import org.eduaid.subsidy.calendar.SchoolYear;

/**
 * {@code studentId~programmeCode~schoolYear}: one application per student, programme and school year,
 * so a second one (automatic and by the school, or from two replicas) collides with the first in the store.
 */
public final class ApplicationId {

    private static final Pattern STUDENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}~[A-Z0-9_-]{2,40}~\\d{4}-\\d{4}");

    private ApplicationId() {
    }

    public static String of(String studentId, String programmeCode, SchoolYear schoolYear) {
        return studentId + "~" + programmeCode + "~" + schoolYear.id();
    }

    public static boolean isValid(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }

    public static boolean isStudentId(String studentId) {
        return studentId != null && STUDENT_ID.matcher(studentId).matches();
    }
}
