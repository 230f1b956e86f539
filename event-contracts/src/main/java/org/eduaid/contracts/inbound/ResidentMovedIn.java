package org.eduaid.contracts.inbound;

import org.eduaid.contracts.EventType;

/** Published by the population registry when a person's household registration moves into a county. */
@EventType(name = "gov.population-registry.ResidentMovedIn", version = 1)
public record ResidentMovedIn(String idNumber, String name, String fromCountyCode, String countyCode,
        String townshipCode, String villageCode, String movedOn) {
}
