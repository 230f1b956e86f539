package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * An objection was resolved: upheld (the application is rejected when the notice closes) or dismissed.
 */
@EventType(name = "eduaid.subsidy.AidNoticeObjectionResolved", version = 1)
public record AidNoticeObjectionResolved(String noticeId, String objectionId, String applicationId, boolean upheld,
        Instant resolvedAt) {
}
