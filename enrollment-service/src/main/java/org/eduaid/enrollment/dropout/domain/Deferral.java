package org.eduaid.enrollment.dropout.domain;

import java.time.LocalDate;

/**
 * Schooling deferred (缓学, until a date) or the child exempted (免学) on health grounds; the grounds
 * are health data, stored encrypted and never in events.
 */
public record Deferral(Decision decision, String grounds, LocalDate until) {

    public enum Decision {
        DEFERRED, EXEMPTED
    }

    public Deferral {
        InvalidCaseDataException.require(decision != null, "decision", "is required");
        grounds = InvalidCaseDataException.text(grounds, "grounds", 2000);
        if (decision == Decision.DEFERRED) {
            InvalidCaseDataException.require(until != null, "until", "is required for a deferral");
        } else {
            InvalidCaseDataException.require(until == null, "until", "is only for a deferral, not an exemption");
        }
    }
}
