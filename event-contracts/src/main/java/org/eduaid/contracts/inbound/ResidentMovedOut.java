package org.eduaid.contracts.inbound;

import org.eduaid.contracts.EventType;

/** Published by the population registry when a person's household registration leaves a county. */
@EventType(name = "gov.population-registry.ResidentMovedOut", version = 1)
public record ResidentMovedOut(String idNumber, String countyCode, String toCountyCode, String movedOn) {
}
