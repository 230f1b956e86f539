package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A child entered the student registry (学籍). The student id is a pseudonym: readers never see
 * the resident ID number, only its masked form.
 *
 * @param studentId the registry's id for the child, stable for life; also the event subject
 * @param maskedIdNumber the ID number with all but region prefix and last digits hidden
 * @param maskedName the family name with the given name hidden, for public notices
 * @param sex MALE or FEMALE, from the ID number
 * @param birthYear from the ID number; the full birth date stays in enrollment-service
 * @param householdCountyCode 6-digit county of household registration (户籍)
 * @param householdTownshipCode 9-digit township, or {@code null} if not known
 * @param householdVillageCode 12-digit village, or {@code null} if not known
 */
@EventType(name = "eduaid.enrollment.StudentRegistered", version = 1)
public record StudentRegistered(String studentId, String maskedIdNumber, String maskedName, String sex, int birthYear,
        String householdCountyCode, String householdTownshipCode, String householdVillageCode, HouseholdFlags flags,
        Instant registeredAt) {
}
