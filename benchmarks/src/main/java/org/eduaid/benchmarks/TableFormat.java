package org.eduaid.benchmarks;

import java.util.Locale;

/** How the benchmarks' tables write shares of a yardstick. */
public final class TableFormat {

    private TableFormat() {
    }

    /** {@code 25 %}, {@code 5.1 %} below 10 %, {@code -} when there is nothing to compare with. */
    public static String percent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return "-";
        }
        return share >= 0.1 ? Math.round(share * 100) + " %"
                : String.format(Locale.ROOT, "%.1f", share * 100) + " %";
    }
}
