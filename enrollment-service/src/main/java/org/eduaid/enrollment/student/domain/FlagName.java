package org.eduaid.enrollment.student.domain;

/** The household flags a student carries; the names are those of {@code StudentFlagsChanged.changed}. */
public enum FlagName {
    REGISTERED_POOR, DIBAO, TEKUN, ORPHAN, DISABILITY, LEFT_BEHIND, RELOCATED;

    public static FlagName parse(String name) {
        for (FlagName flag : values()) {
            if (flag.name().equals(name)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("unknown flag; one of REGISTERED_POOR, DIBAO, TEKUN, ORPHAN, DISABILITY, "
                + "LEFT_BEHIND, RELOCATED");
    }
}
