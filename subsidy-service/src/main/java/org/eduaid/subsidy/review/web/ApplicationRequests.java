package org.eduaid.subsidy.review.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the application endpoints accept. */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    /** A school's application for its student; the reason is free text without personal data. */
    record SchoolApplication(@NotBlank String studentId, @NotBlank String programmeCode, @NotBlank String schoolYear,
            @NotBlank @Size(max = 500) String reason) {
    }

    record Review(@NotNull Boolean accepted, @Size(max = 500) String note, @NotNull Long expectedVersion) {
    }

    record BulkReview(@NotBlank String countyCode, @NotBlank String programmeCode, @NotBlank String schoolYear,
            @Size(max = 1000) List<String> applicationIds, Boolean all, @NotNull Boolean accepted,
            @Size(max = 500) String note) {
    }
}
