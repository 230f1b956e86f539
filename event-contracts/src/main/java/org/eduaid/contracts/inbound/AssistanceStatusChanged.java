package org.eduaid.contracts.inbound;

import org.eduaid.contracts.EventType;

/**
 * Published by civil affairs when a person's assistance starts or ends. Key and {@code ce_subject}:
 * civil affairs' own id of the person's assistance record; {@code ce_sequence} counts its records.
 *
 * @param assistance DIBAO (低保), TEKUN (特困) or ORPHAN (孤儿)
 * @param status GRANTED or ENDED
 */
@EventType(name = "gov.civil-affairs.AssistanceStatusChanged", version = 1)
public record AssistanceStatusChanged(String idNumber, String name, String countyCode, String assistance,
        String status, String effectiveOn) {
}
