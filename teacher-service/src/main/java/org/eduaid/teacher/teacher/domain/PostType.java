package org.eduaid.teacher.teacher.domain;

/** The kind of post a teacher holds. */
public enum PostType {
    REGULAR(false),
    /** 特岗计划: a three-year post at a rural school, converted to a regular post if the teacher stays. */
    SPECIAL_POST(true),
    /** 公费定向: a publicly funded graduate bound to serve in the county that trained them. */
    DIRECTED_GRADUATE(false),
    /** 支教/顶岗: volunteer or intern teaching for a set period. */
    VOLUNTEER(true);

    private final boolean fixedTerm;

    PostType(boolean fixedTerm) {
        this.fixedTerm = fixedTerm;
    }

    /** Whether the post ends on a date unless converted. */
    public boolean fixedTerm() {
        return fixedTerm;
    }
}
