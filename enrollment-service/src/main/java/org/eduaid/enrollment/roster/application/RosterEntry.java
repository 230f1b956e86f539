package org.eduaid.enrollment.roster.application;

import java.time.LocalDate;

import org.eduaid.enrollment.person.PersonId;

/** A child of the roster as lists and the comparison read it: masked, no decryption needed. */
public record RosterEntry(PersonId id, String maskedIdNumber, String maskedName, LocalDate birthDate, String sex,
        String countyCode, String townshipCode) {
}
