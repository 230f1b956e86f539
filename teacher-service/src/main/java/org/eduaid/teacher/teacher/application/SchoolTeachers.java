package org.eduaid.teacher.teacher.application;

import java.util.Map;

/** The teachers posted to one school on a day: how many, and how many teach each subject. */
public record SchoolTeachers(String schoolCode, String countyCode, int teachers, Map<String, Integer> bySubject) {
}
