package org.eduaid.kit.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log: who (user, role, region scope), did what (action, method and path,
 * the records touched), when, from where (the connecting address and what the gateway forwarded),
 * and how it ended (status and outcome). Holds record ids, never personal data itself.
 */
public record AuditEntry(String id, Instant at, String actor, String role, String region, String action,
        List<String> records, String method, String path, int status, AuditOutcome outcome, String sourceAddress,
        String forwardedFor, String correlationId) {

    public AuditEntry {
        records = List.copyOf(records);
    }
}
