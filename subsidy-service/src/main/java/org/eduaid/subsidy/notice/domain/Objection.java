package org.eduaid.subsidy.notice.domain;

import java.time.Instant;

/**
 * An objection someone raised against one application on the notice, as the officer recorded it.
 *
 * @param text what was objected, in the officer's words (no personal data of the objector)
 * @param upheld {@code null} while open; {@code true} rejects the application when the notice closes
 */
public record Objection(String objectionId, String applicationId, String text, Instant recordedAt, String recordedBy,
        Boolean upheld, String resolutionNote, Instant resolvedAt, String resolvedBy) {

    public boolean open() {
        return upheld == null;
    }
}
