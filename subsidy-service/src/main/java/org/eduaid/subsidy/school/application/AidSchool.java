package org.eduaid.subsidy.school.application;

/**
 * What student aid needs to know of a school: its county (whose budget pays), its kind (which
 * programmes apply), whether it is rural (which standard) and whether it boards (living allowance).
 */
public record AidSchool(String schoolCode, String name, String countyCode, String kind, String locality,
        boolean boarding) {
}
