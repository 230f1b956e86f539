package org.eduaid.enrollment.importing.domain;

/** RECEIVED (file stored, waiting for a worker) → RUNNING → COMPLETED, or FAILED (with the reason). */
public enum ImportStatus {
    RECEIVED, RUNNING, COMPLETED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
