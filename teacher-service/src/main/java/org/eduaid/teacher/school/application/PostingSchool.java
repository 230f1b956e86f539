package org.eduaid.teacher.school.application;

/**
 * A school as a place teachers are posted to: whether it is rural (the rural living allowance and
 * the rural years that lead to honours depend on it), its kind (a teaching point pays the higher
 * tier) and its county (whose rotation plan and payroll it belongs to).
 */
public record PostingSchool(String schoolCode, String name, String countyCode, String kind, boolean rural) {
}
