package org.eduaid.enrollment.school.web;

import org.eduaid.enrollment.school.application.RegisterSchool;
import org.eduaid.enrollment.school.domain.Locality;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.enrollment.school.domain.SchoolKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/enrollment/schools}; {@code boarding} may be left out for a day school. */
public record RegisterSchoolRequest(
        @NotBlank @Pattern(regexp = "\\d{10}", message = "must be exactly 10 digits") String schoolCode,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String countyCode,
        @NotNull SchoolKind kind,
        @NotNull Locality locality,
        Boolean boarding) {

    RegisterSchool toCommand() {
        return new RegisterSchool(new SchoolCode(schoolCode), name, countyCode, kind, locality, Boolean.TRUE.equals(boarding));
    }
}
