package org.eduaid.enrollment.dropout.domain;

/** How a disabled child is taught (一人一案). */
public enum PlacementKind {
    /** 特校入学 */
    SPECIAL_SCHOOL,
    /** 随班就读, with support */
    REGULAR_CLASS,
    /** 送教上门 */
    HOME_TEACHING
}
