package org.eduaid.enrollment.dropout.domain;

/** What a household visit (入户核查) found; everything but GENUINE makes the case not genuine (非真实性失学). */
public enum Finding {
    GENUINE, ENROLLED_ELSEWHERE, MOVED_AWAY, ABROAD, DECEASED, DATA_ERROR;

    public boolean genuine() {
        return this == GENUINE;
    }
}
