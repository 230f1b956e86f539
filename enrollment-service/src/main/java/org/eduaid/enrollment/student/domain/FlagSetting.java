package org.eduaid.enrollment.student.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What somebody states about one flag: on or off, and for a disability its kind and grade.
 *
 * @param disabilityKind only for DISABILITY when on
 * @param disabilityGrade only for DISABILITY when on: 1 (most severe) to 4
 */
public record FlagSetting(FlagName flag, boolean on, String disabilityKind, Integer disabilityGrade) {

    public static final Set<String> DISABILITY_KINDS = Set.of("VISUAL", "HEARING", "SPEECH", "PHYSICAL",
            "INTELLECTUAL", "MENTAL", "MULTIPLE");

    public FlagSetting {
        Objects.requireNonNull(flag, "flag");
        if (flag == FlagName.DISABILITY && on) {
            if (disabilityKind == null || !DISABILITY_KINDS.contains(disabilityKind)) {
                throw new IllegalArgumentException("a disability has a kind: one of " + String.join(", ",
                        DISABILITY_KINDS.stream().sorted().toList()));
            }
            if (disabilityGrade == null || disabilityGrade < 1 || disabilityGrade > 4) {
                throw new IllegalArgumentException("a disability has a grade from 1 to 4");
            }
        } else {
            // kind and grade mean nothing for another flag or a disability that is off
            disabilityKind = null;
            disabilityGrade = null;
        }
    }

    public static FlagSetting of(FlagName flag, boolean on) {
        return new FlagSetting(flag, on, null, null);
    }

    public static FlagSetting disability(String kind, int grade) {
        return new FlagSetting(FlagName.DISABILITY, true, kind, grade);
    }
}
