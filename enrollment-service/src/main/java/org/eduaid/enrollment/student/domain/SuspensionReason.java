package org.eduaid.enrollment.student.domain;

/** Why a student suspended their studies (休学). */
public enum SuspensionReason {
    ILLNESS, FAMILY, OTHER
}
