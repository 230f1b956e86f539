package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A public notice (公示) went up: the accepted applications of one county, programme and school year, for a
 * number of working days.
 *
 * @param applications how many applications it shows; each application's own events say which notice
 * @param endsOn last day of the notice (ISO date)
 */
@EventType(name = "eduaid.subsidy.AidNoticePublished", version = 1)
public record AidNoticePublished(String noticeId, String countyCode, String programmeCode, String schoolYear,
        int applications, String publishedOn, String endsOn, int workingDays, Instant publishedAt) {
}
