package org.eduaid.enrollment.dropout.web;

import java.time.LocalDate;
import java.util.List;

import org.eduaid.enrollment.dropout.domain.Deferral;
import org.eduaid.enrollment.dropout.domain.Finding;
import org.eduaid.enrollment.dropout.domain.Persuasion;
import org.eduaid.enrollment.dropout.domain.Placement;
import org.eduaid.enrollment.dropout.domain.PlacementKind;
import org.eduaid.enrollment.dropout.domain.Visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the case endpoints. Every command names {@code expectedVersion}, the version of the
 * case it was decided on (from {@code GET /cases/{id}}): a case changed since is a 409.
 */
final class CaseRequests {

    private CaseRequests() {
    }

    /** {@code POST /cases}: a child reported by hand; {@code reason} may be left out, it is always REPORTED. */
    record Report(
            @NotBlank @Pattern(regexp = "p-[A-Za-z0-9_-]{26}", message = "must be a student id") String studentId,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String countyCode,
            @Pattern(regexp = "REPORTED", message = "must be REPORTED for a case reported by hand") String reason,
            @Size(max = 500) String note) {
    }

    /** {@code POST /cases/{id}/verification}: the household visit (入户核查). */
    record Verification(@NotNull @PositiveOrZero Long expectedVersion, @NotNull LocalDate visitedOn,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> visitors, @NotNull Finding finding,
            @Size(max = 500) String note) {

        Visit toVisit() {
            return new Visit(visitedOn, visitors, finding, note);
        }
    }

    /** {@code POST /cases/{id}/visits}: another visit during persuasion. */
    record FurtherVisit(@NotNull @PositiveOrZero Long expectedVersion, @NotNull LocalDate visitedOn,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> visitors, @Size(max = 500) String note) {

        Visit toVisit() {
            return new Visit(visitedOn, visitors, null, note);
        }
    }

    /** {@code POST /cases/{id}/persuasion}: the two responsible officials (双线) and the deadline. */
    record PersuasionStart(@NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 50) String governmentOfficial, @NotBlank @Size(max = 50) String educationOfficial,
            @NotNull LocalDate deadline) {

        Persuasion toPersuasion() {
            return new Persuasion(governmentOfficial, educationOfficial, deadline);
        }
    }

    /** {@code POST /cases/{id}/return}: the school whose active enrolment proves the return. */
    record Return(@NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank @Pattern(regexp = "\\d{10}", message = "must be exactly 10 digits") String schoolCode,
            @NotNull LocalDate returnedOn) {
    }

    /** {@code POST /cases/{id}/placement}: one plan for one disabled child (一人一案). */
    record PlacementDecision(@NotNull @PositiveOrZero Long expectedVersion, @NotNull PlacementKind placement,
            @NotBlank @Size(max = 2000) String plan,
            @NotBlank @Pattern(regexp = "\\d{10}", message = "must be exactly 10 digits") String schoolCode,
            @NotNull LocalDate placedOn) {

        Placement toPlacement() {
            return new Placement(placement, plan, schoolCode, placedOn);
        }
    }

    /** {@code POST /cases/{id}/deferral}: deferred until a date, or exempted, on health grounds. */
    record DeferralDecision(@NotNull @PositiveOrZero Long expectedVersion, @NotNull Deferral.Decision decision,
            @NotBlank @Size(max = 2000) String grounds, LocalDate until) {

        Deferral toDeferral() {
            return new Deferral(decision, grounds, until);
        }
    }

    /** {@code POST /cases/{id}/closure}: 销号, with the reason in the officer's words (no names, please). */
    record Closure(@NotNull @PositiveOrZero Long expectedVersion, @NotBlank @Size(max = 500) String reason) {
    }
}
