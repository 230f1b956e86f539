package org.eduaid.contracts.teacher;

/**
 * One stretch of a teacher's career at one school. A teacher's history is the list of these; years
 * of service and years in rural schools are computed from it, never typed in.
 *
 * @param rural whether the school was rural while the teacher served there (kept, since a school's
 *        locality may be reclassified later without rewriting anyone's past)
 * @param from ISO date the posting began
 * @param to ISO date of its last day, or null while it lasts
 * @param reason POSTED (first or later regular posting), TRANSFERRED, EXCHANGE_STARTED (an exchange
 *        took the teacher here), EXCHANGE_ENDED (back from an exchange); readers treat an unknown value as "other"
 * @param exchangeId the exchange behind an EXCHANGE_* posting, otherwise null
 */
public record TeacherPosting(String schoolCode, String countyCode, boolean rural, String from, String to,
        String reason, String exchangeId) {
}
