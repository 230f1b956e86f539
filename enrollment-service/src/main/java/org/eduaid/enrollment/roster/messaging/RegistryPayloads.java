package org.eduaid.enrollment.roster.messaging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eduaid.enrollment.roster.domain.Residence;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.privacy.InvalidResidentIdNumberException;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.regions.RegionLevel;

/**
 * Checks the fields of population-registry payloads. A broken field makes the record invalid (dead
 * letter, no retry); the reason names the field and the rule, never the value, since the value is
 * most likely a child's ID number or name.
 */
final class RegistryPayloads {

    static final int LONGEST_NAME = 50;

    private final RegionDirectory regions;

    RegistryPayloads(RegionDirectory regions) {
        this.regions = regions;
    }

    ResidentIdNumber idNumber(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("idNumber is missing");
        }
        try {
            return ResidentIdNumber.parse(value);
        } catch (InvalidResidentIdNumberException e) {
            throw new InvalidEventException("idNumber " + e.reason().message());
        }
    }

    String name(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("name is missing");
        }
        if (value.strip().codePointCount(0, value.strip().length()) > LONGEST_NAME) {
            throw new InvalidEventException("name is longer than " + LONGEST_NAME + " characters");
        }
        return value.strip();
    }

    String county(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field + " is missing");
        }
        if (!regions.isCounty(value)) {
            throw new InvalidEventException(field + " is not a county in the national division list");
        }
        return value;
    }

    /** An optional county (e.g. where somebody moved to), checked only when given. */
    String optionalCounty(String field, String value) {
        return value == null || value.isBlank() ? null : county(field, value);
    }

    Residence residence(String countyCode, String townshipCode, String villageCode) {
        String county = county("countyCode", countyCode);
        String township = blankToNull(townshipCode);
        String village = blankToNull(villageCode);
        if (township != null && !(township.startsWith(county) && regions.find(township)
                .map(region -> region.level() == RegionLevel.TOWNSHIP).orElse(false))) {
            throw new InvalidEventException("townshipCode is not a township of countyCode in the national division list");
        }
        if (village != null && !(village.matches("\\d{12}") && village.startsWith(township == null ? county : township))) {
            throw new InvalidEventException("villageCode is not a 12-digit village code inside the township");
        }
        return new Residence(county, township, village);
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field + " is missing");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not a date (yyyy-MM-dd)");
        }
    }

    /** A civil date of an event about a person cannot lie before their birth. */
    LocalDate dateInLife(String field, String value, ResidentIdNumber idNumber) {
        LocalDate date = date(field, value);
        if (date.isBefore(idNumber.birthDate())) {
            throw new InvalidEventException(field + " lies before the birth date in idNumber");
        }
        return date;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
