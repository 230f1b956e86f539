package org.eduaid.teacher.allowance.domain;

import java.time.YearMonth;
import java.util.Objects;

/** What a tier pays a month, in fen, from a month on (until a later rate for the tier replaces it). */
public record MonthlyRate(AllowanceTier tier, long fen, YearMonth from) {

    public MonthlyRate {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(from, "from");
        if (fen <= 0) {
            throw new IllegalArgumentException("a monthly rate is a positive amount of fen");
        }
    }
}
