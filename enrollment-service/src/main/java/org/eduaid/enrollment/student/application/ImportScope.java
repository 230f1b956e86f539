package org.eduaid.enrollment.student.application;

/**
 * Where an import may write: a county officer's county, or one school (a clerk's file).
 *
 * @param countyCode the 6-digit county every row must belong to
 * @param schoolCode the one school every enrolment must be at, or {@code null} for a county file
 * @param source who imports, kept as the source of the flags the file sets (e.g. {@code import:150424})
 */
public record ImportScope(String countyCode, String schoolCode, String source) {
}
