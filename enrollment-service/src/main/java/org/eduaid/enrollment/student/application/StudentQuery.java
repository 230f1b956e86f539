package org.eduaid.enrollment.student.application;

import org.eduaid.enrollment.student.domain.FlagName;
import org.eduaid.enrollment.student.domain.Stage;

/**
 * A page of the student list. {@code countyCode} matches the county of the current enrolment or
 * the household county; every other field narrows further; {@code null} means any.
 */
public record StudentQuery(String countyCode, String schoolCode, FlagName flag, Stage stage, int page, int size) {
}
