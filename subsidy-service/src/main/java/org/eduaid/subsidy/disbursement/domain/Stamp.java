package org.eduaid.subsidy.disbursement.domain;

import java.time.Instant;
import java.util.Objects;

/** Who did a step and when: every ledger entry keeps it. */
public record Stamp(String by, Instant at) {

    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
