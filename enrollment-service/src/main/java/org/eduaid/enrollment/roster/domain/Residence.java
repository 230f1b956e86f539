package org.eduaid.enrollment.roster.domain;

import java.util.Objects;

/**
 * Where a child's household is registered (户籍所在地): always a county, and the township (9 digits)
 * and village (12 digits) when the source gives them. Each level lies inside the one above.
 */
public record Residence(String countyCode, String townshipCode, String villageCode) {

    public Residence {
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a residence lies in a 6-digit county");
        }
        if (townshipCode != null && !(townshipCode.matches("\\d{9}") && townshipCode.startsWith(countyCode))) {
            throw new IllegalArgumentException("a township code is 9 digits inside its county");
        }
        if (villageCode != null && !(villageCode.matches("\\d{12}")
                && villageCode.startsWith(townshipCode == null ? countyCode : townshipCode))) {
            throw new IllegalArgumentException("a village code is 12 digits inside its township");
        }
    }

    public static Residence inCounty(String countyCode) {
        return new Residence(countyCode, null, null);
    }

    public boolean sameCounty(String otherCounty) {
        return Objects.equals(countyCode, otherCounty);
    }
}
