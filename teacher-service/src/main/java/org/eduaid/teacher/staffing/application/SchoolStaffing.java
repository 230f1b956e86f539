package org.eduaid.teacher.staffing.application;

/**
 * One school's staffing: its students, the teachers the standard ratio asks for them, the teachers
 * it has and how many it is short (0 when it has enough).
 */
public record SchoolStaffing(String schoolCode, String countyCode, boolean rural, int students,
        int requiredTeachers, int teachers, int shortfall) {
}
