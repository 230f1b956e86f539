package org.eduaid.enrollment.student.application;

import java.time.LocalDate;
import java.util.List;

import org.eduaid.enrollment.student.domain.FlagSetting;
import org.eduaid.enrollment.student.domain.Household;
import org.eduaid.enrollment.student.domain.Stage;
import org.eduaid.kit.privacy.ResidentIdNumber;

/** The command to register a child, with the flags the registering person states and optionally an enrolment. */
public record RegisterStudent(ResidentIdNumber idNumber, String name, Household household, String guardianName,
        List<FlagSetting> flags, NewEnrolment enrolment) {

    /** An enrolment at a registered school; its county comes from the school registry. */
    public record NewEnrolment(String schoolCode, Stage stage, int grade, boolean boarding, LocalDate on) {
    }
}
