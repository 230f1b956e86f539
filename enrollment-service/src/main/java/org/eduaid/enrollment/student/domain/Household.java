package org.eduaid.enrollment.student.domain;

/**
 * Where the child's household is registered (户籍): county, and township and village when known.
 * Whether the county is a real one is checked by the application against the division list.
 */
public record Household(String countyCode, String townshipCode, String villageCode) {

    public Household {
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("household county must be a 6-digit county code");
        }
        if (townshipCode != null && !(townshipCode.matches("\\d{9}") && townshipCode.startsWith(countyCode))) {
            throw new IllegalArgumentException("household township must be a 9-digit code inside the county");
        }
        if (villageCode != null && !(villageCode.matches("\\d{12}") && townshipCode != null
                && villageCode.startsWith(townshipCode))) {
            throw new IllegalArgumentException("household village must be a 12-digit code inside the township");
        }
    }
}
