package org.eduaid.kit.audit;

/** How an audited request ended, from its HTTP status. */
public enum AuditOutcome {
    SUCCEEDED, REJECTED, DENIED, FAILED;

    static AuditOutcome of(int status) {
        if (status == 401 || status == 403) {
            return DENIED;
        }
        if (status >= 500) {
            return FAILED;
        }
        return status >= 400 ? REJECTED : SUCCEEDED;
    }
}
