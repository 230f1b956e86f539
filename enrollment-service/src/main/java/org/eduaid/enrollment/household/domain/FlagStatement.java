package org.eduaid.enrollment.household.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * What one outside record says about one flag of one person, already checked against the agency's
 * contract. It still holds the ID number (to derive the person id from) and never leaves the
 * consumer with it: {@link ResidentIdNumber#toString()} is masked, so even a logged statement is harmless.
 *
 * @param disabilityKind for DISABILITY when {@code on}, else {@code null}
 * @param disabilityGrade for DISABILITY when {@code on}: 1 (most severe) to 4, else {@code null}
 */
public record FlagStatement(ResidentIdNumber idNumber, String countyCode, HouseholdFlag flag, FlagSource source,
        boolean on, DisabilityKind disabilityKind, Integer disabilityGrade, LocalDate effectiveOn) {

    public FlagStatement {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (!source.flags().contains(flag)) {
            throw new IllegalArgumentException(source.wireName() + " does not report " + flag);
        }
        boolean certified = flag == HouseholdFlag.DISABILITY && on;
        if (certified != (disabilityKind != null) || certified != (disabilityGrade != null)) {
            throw new IllegalArgumentException("kind and grade belong to a disability that holds, and only to it");
        }
        if (disabilityGrade != null && (disabilityGrade < 1 || disabilityGrade > 4)) {
            throw new IllegalArgumentException("a disability grade is 1 to 4");
        }
    }
}
