package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * Someone objected to an application on a notice.
 */
@EventType(name = "eduaid.subsidy.AidNoticeObjectionRecorded", version = 1)
public record AidNoticeObjectionRecorded(String noticeId, String objectionId, String applicationId, Instant recordedAt) {
}
