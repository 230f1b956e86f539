package org.eduaid.contracts.inbound;

import org.eduaid.contracts.EventType;

/**
 * Published by the disabled persons' federation when a certificate (残疾人证) is issued, changed or
 * revoked. Key and {@code ce_subject}: the federation's own id of the holder; the certificate
 * number is not sent because it embeds the ID number.
 *
 * @param kind VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL or MULTIPLE
 * @param grade 1 (most severe) to 4
 * @param status ISSUED or REVOKED
 */
@EventType(name = "gov.disability-federation.DisabilityCertificateChanged", version = 1)
public record DisabilityCertificateChanged(String idNumber, String name, String countyCode, String kind, int grade,
        String status, String effectiveOn) {
}
