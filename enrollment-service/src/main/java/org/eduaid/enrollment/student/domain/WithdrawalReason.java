package org.eduaid.enrollment.student.domain;

/** Why a student left school without finishing. */
public enum WithdrawalReason {
    DROPPED_OUT, MOVED_AWAY, ABROAD, DECEASED, HEALTH, OTHER
}
