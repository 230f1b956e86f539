package org.eduaid.enrollment.roster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /api/enrollment/roster/comparisons}. */
record StartComparisonRequest(
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String countyCode) {
}
