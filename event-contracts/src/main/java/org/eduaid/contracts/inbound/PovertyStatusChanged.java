package org.eduaid.contracts.inbound;

import org.eduaid.contracts.EventType;

/**
 * Published by the poverty registry (建档立卡 system) for each member of a household whose status
 * changed. The record key and {@code ce_subject} are the registry's own id of the member, never
 * the ID number; {@code ce_sequence} counts that member's records; {@code ce_time} is when the
 * registry recorded the change.
 *
 * @param idNumber the member's 18-character resident ID number
 * @param householdNumber the registry's household number (户编号)
 * @param status REGISTERED, LIFTED_OUT (脱贫, still supported in the transition period) or REMOVED
 * @param effectiveOn ISO date the status took effect
 */
@EventType(name = "gov.poverty-registry.PovertyStatusChanged", version = 1)
public record PovertyStatusChanged(String idNumber, String name, String householdNumber, String countyCode,
        String status, String effectiveOn) {
}
