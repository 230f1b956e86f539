package org.eduaid.enrollment.household.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.enrollment.person.PersonId;

/**
 * What an outside system last said about one flag of one person.
 *
 * @param flag REGISTERED_POOR, DIBAO, TEKUN, ORPHAN or DISABILITY
 * @param source poverty-registry, civil-affairs or disability-federation
 * @param on whether the flag holds after this record
 * @param disabilityKind for DISABILITY when {@code on}: the certificate's kind, else {@code null}
 * @param disabilityGrade for DISABILITY when {@code on}: 1 to 4, else {@code null}
 * @param effectiveOn the day it took effect according to the source
 * @param recordedAt when the source recorded it ({@code ce_time}); later records win
 */
public record ExternalFlags(PersonId person, String flag, String source, boolean on, String disabilityKind,
        Integer disabilityGrade, LocalDate effectiveOn, Instant recordedAt) {
}
