package org.eduaid.enrollment.student.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A flag as it stands, with where it came from.
 *
 * @param source who last stated it (poverty-registry, civil-affairs, disability-federation, import:…,
 *        or an officer as {@code ROLE:subject}); {@code null} while nobody has said anything
 * @param effectiveOn the day it took effect according to the source, if the source says
 * @param recordedAt when the source recorded it (for an officer's edit: when it was made)
 */
public record FlagValue(boolean on, String disabilityKind, Integer disabilityGrade, String source,
        LocalDate effectiveOn, Instant recordedAt) {

    static final FlagValue UNSTATED = new FlagValue(false, null, null, null, null, null);

    boolean sameStateAs(FlagSetting setting) {
        return on == setting.on() && java.util.Objects.equals(disabilityKind, setting.disabilityKind())
                && java.util.Objects.equals(disabilityGrade, setting.disabilityGrade());
    }
}
