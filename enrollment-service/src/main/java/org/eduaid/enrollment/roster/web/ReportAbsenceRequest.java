package org.eduaid.enrollment.roster.web;

import java.time.LocalDate;

import org.eduaid.enrollment.roster.application.AbsenceReports.ReportAbsence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/enrollment/absences}. */
record ReportAbsenceRequest(
        @NotBlank @Pattern(regexp = "p-[A-Za-z0-9_-]{26}", message = "must be a student id") String studentId,
        @NotBlank @Pattern(regexp = "\\d{10}", message = "must be exactly 10 digits") String schoolCode,
        @NotNull LocalDate fromDate,
        @NotNull @Min(1) @Max(366) Integer daysAbsent,
        @Size(max = 500) String note) {

    ReportAbsence toCommand() {
        return new ReportAbsence(studentId, schoolCode, fromDate, daysAbsent, note);
    }
}
