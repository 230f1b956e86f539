package org.eduaid.contracts.inbound;

import org.eduaid.contracts.EventType;

/**
 * Published by the population registry (户籍) when a birth is registered. Key and
 * {@code ce_subject}: the registry's own id of the person, the same on every record about them;
 * {@code ce_sequence} counts that person's records.
 *
 * @param countyCode 6-digit county of household registration
 * @param townshipCode 9-digit township, optional
 * @param villageCode 12-digit village, optional
 */
@EventType(name = "gov.population-registry.BirthRegistered", version = 1)
public record BirthRegistered(String idNumber, String name, String countyCode, String townshipCode,
        String villageCode, String guardianName, String registeredOn) {
}
