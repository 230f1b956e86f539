package org.eduaid.enrollment.student.web;

import java.time.LocalDate;

import org.eduaid.enrollment.student.domain.Stage;
import org.eduaid.enrollment.student.domain.SuspensionReason;
import org.eduaid.enrollment.student.domain.WithdrawalReason;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Bodies of the student endpoints. String fields: an operator object such as {@code {"$ne":null}} is a 400. */
final class Requests {

    private Requests() {
    }

    record Register(@NotBlank @Size(max = 40) String idNumber, @NotBlank @Size(max = 50) String name,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String householdCountyCode,
            @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code") String householdTownshipCode,
            @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code") String householdVillageCode,
            @Size(max = 50) String guardianName, @Valid FlagsRequest flags, @Valid Enrolment enrolment) {
    }

    record Enrolment(@NotBlank @Pattern(regexp = "\\d{10}", message = "must be exactly 10 digits") String schoolCode,
            @NotNull Stage stage, @NotNull @Min(1) @Max(12) Integer grade, Boolean boarding,
            @NotNull LocalDate enrolledOn) {
    }

    record Enrol(@NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank @Pattern(regexp = "\\d{10}", message = "must be exactly 10 digits") String schoolCode,
            @NotNull Stage stage, @NotNull @Min(1) @Max(12) Integer grade, Boolean boarding,
            @NotNull LocalDate enrolledOn) {
    }

    record Promote(@NotNull @PositiveOrZero Long expectedVersion, @NotNull Stage stage,
            @NotNull @Min(1) @Max(12) Integer grade, @NotNull LocalDate promotedOn) {
    }

    record Transfer(@NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank @Pattern(regexp = "\\d{10}", message = "must be exactly 10 digits") String toSchoolCode,
            @NotNull Stage stage, @NotNull @Min(1) @Max(12) Integer grade, Boolean boarding,
            @NotNull LocalDate transferredOn) {
    }

    record Suspend(@NotNull @PositiveOrZero Long expectedVersion, @NotNull SuspensionReason reason,
            @NotNull LocalDate suspendedOn) {
    }

    record Resume(@NotNull @PositiveOrZero Long expectedVersion, @NotNull LocalDate resumedOn) {
    }

    record Withdraw(@NotNull @PositiveOrZero Long expectedVersion, @NotNull WithdrawalReason reason,
            @NotNull LocalDate withdrawnOn) {
    }

    record Graduate(@NotNull @PositiveOrZero Long expectedVersion, @NotNull LocalDate graduatedOn) {
    }

    record EditFlags(@NotNull @PositiveOrZero Long expectedVersion, LocalDate effectiveOn,
            @NotNull @Valid FlagsRequest flags) {
    }

    record Lookup(@NotBlank @Size(max = 40) String idNumber) {
    }

    record Resolve(@NotNull @Pattern(regexp = "DIFFERENT_PEOPLE|SAME_PERSON",
            message = "must be DIFFERENT_PEOPLE or SAME_PERSON") String decision, @Size(max = 500) String note) {
    }
}
