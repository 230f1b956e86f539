package org.eduaid.kit.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What an auditor asks the log for. {@code regionScope} is not theirs to choose: it is the
 * auditor's own scope, so a provincial auditor reads the entries of callers in that province.
 */
public record AuditQuery(Optional<String> regionScope, Optional<String> actor, Optional<String> action,
        Optional<String> record, Optional<Instant> from, Optional<Instant> to, int page, int size) {
}
