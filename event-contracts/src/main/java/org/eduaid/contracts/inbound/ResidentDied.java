package org.eduaid.contracts.inbound;

import org.eduaid.contracts.EventType;

/** Published by the population registry when a death is registered. */
@EventType(name = "gov.population-registry.ResidentDied", version = 1)
public record ResidentDied(String idNumber, String countyCode, String diedOn) {
}
