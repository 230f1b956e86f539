package org.eduaid.subsidy.notice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eduaid.contracts.subsidy.AidNoticeClosed;
import org.eduaid.contracts.subsidy.AidNoticeObjectionRecorded;
import org.eduaid.contracts.subsidy.AidNoticeObjectionResolved;
import org.eduaid.contracts.subsidy.AidNoticePublished;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.review.domain.InvalidApplicationException;

/**
 * A public notice (公示) of one county's accepted applications for a programme and school year, up for
 * a number of working days. Objections are recorded and resolved on it; when it has ended and none is
 * open it closes: its applications are approved, or rejected where an objection was upheld, and it is
 * taken down. The applications are not listed here (a notice may show tens of thousands): each
 * application holds the notice's id.
 *
 * @param applications how many applications it shows, counted when it went up
 * @param endsOn its last day
 */
public record AidNotice(String noticeId, String countyCode, String programmeCode, SchoolYear schoolYear,
        NoticeState state, LocalDate publishedOn, LocalDate endsOn, int workingDays, int applications,
        List<Objection> objections, Instant publishedAt, String publishedBy, Instant closedAt, int approved,
        int rejected) {

    public static final int LONGEST_TEXT = 500;

    public AidNotice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(endsOn, "endsOn");
        objections = objections == null ? List.of() : List.copyOf(objections);
    }

    /** Starts putting a notice up; it is PUBLISHING until its applications are on it. */
    public static AidNotice prepare(String noticeId, String countyCode, String programmeCode, SchoolYear schoolYear,
            LocalDate today, int workingDays, WorkingDays calendar, String by, Instant now) {
        return new AidNotice(noticeId, countyCode, programmeCode, schoolYear, NoticeState.PUBLISHING, today,
                calendar.lastOf(today, workingDays), workingDays, 0, List.of(), now, by, null, 0, 0);
    }

    /** Its applications are on it: the notice is up. */
    public ResultWithEvents<AidNotice> publish(int applicationCount, Instant now) {
        require("publish", NoticeState.PUBLISHING);
        AidNotice up = new AidNotice(noticeId, countyCode, programmeCode, schoolYear, NoticeState.PUBLISHED, publishedOn,
                endsOn, workingDays, applicationCount, objections, now, publishedBy, null, 0, 0);
        return ResultWithEvents.of(up, new AidNoticePublished(noticeId, countyCode, programmeCode, schoolYear.id(),
                applicationCount, publishedOn.toString(), endsOn.toString(), workingDays, now));
    }

    /** Someone objected to one of its applications; whether the application is on it is the caller's check. */
    public ResultWithEvents<AidNotice> recordObjection(String objectionId, String applicationId, String text, String by,
            Instant now) {
        require("record an objection on", NoticeState.PUBLISHED);
        String what = InvalidApplicationException.text(text, "text", LONGEST_TEXT);
        List<Objection> more = new ArrayList<>(objections);
        more.add(new Objection(objectionId, applicationId, what, now, by, null, null, null, null));
        return ResultWithEvents.of(withObjections(more),
                new AidNoticeObjectionRecorded(noticeId, objectionId, applicationId, now));
    }

    /** Upheld (the application is rejected when the notice closes) or dismissed, with the officer's note. */
    public ResultWithEvents<AidNotice> resolve(String objectionId, boolean upheld, String note, String by, Instant now) {
        require("resolve an objection on", NoticeState.PUBLISHED);
        Objection objection = objection(objectionId)
                .orElseThrow(() -> new InvalidApplicationException("objectionId", "is not an objection on this notice"));
        if (!objection.open()) {
            throw new NoticeTransitionException("objection " + objectionId + " is already resolved");
        }
        String why = InvalidApplicationException.text(note, "note", LONGEST_TEXT);
        List<Objection> resolved = objections.stream()
                .map(o -> o.objectionId().equals(objectionId) ? new Objection(o.objectionId(), o.applicationId(),
                        o.text(), o.recordedAt(), o.recordedBy(), upheld, why, now, by) : o)
                .toList();
        return ResultWithEvents.of(withObjections(resolved),
                new AidNoticeObjectionResolved(noticeId, objectionId, objection.applicationId(), upheld, now));
    }

    /** Its last day has passed; a notice of no working days has ended as soon as it went up. */
    public boolean endedBy(LocalDate today) {
        return workingDays == 0 || today.isAfter(endsOn);
    }

    public List<String> openObjections() {
        return objections.stream().filter(Objection::open).map(Objection::objectionId).toList();
    }

    /** The applications an upheld objection rejects. */
    public Set<String> upheldApplications() {
        return objections.stream().filter(o -> Boolean.TRUE.equals(o.upheld())).map(Objection::applicationId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Starts closing: the notice has ended and every objection on it is resolved. */
    public ResultWithEvents<AidNotice> startClosing(LocalDate today) {
        require("close", NoticeState.PUBLISHED);
        if (!endedBy(today)) {
            throw new NoticeTransitionException("notice " + noticeId + " is up until " + endsOn + " inclusive");
        }
        List<String> open = openObjections();
        if (!open.isEmpty()) {
            throw new NoticeTransitionException("notice " + noticeId + " has objections still open: "
                    + String.join(", ", open));
        }
        return ResultWithEvents.of(withState(NoticeState.CLOSING, null, 0, 0));
    }

    /** Every application on it is decided: taken down. */
    public ResultWithEvents<AidNotice> close(int approvedCount, int rejectedCount, Instant now) {
        require("finish closing", NoticeState.CLOSING);
        return ResultWithEvents.of(withState(NoticeState.CLOSED, now, approvedCount, rejectedCount),
                new AidNoticeClosed(noticeId, countyCode, programmeCode, schoolYear.id(), approvedCount, rejectedCount,
                        now));
    }

    public Optional<Objection> objection(String objectionId) {
        return objections.stream().filter(o -> o.objectionId().equals(objectionId)).findFirst();
    }

    private AidNotice withObjections(List<Objection> changed) {
        return new AidNotice(noticeId, countyCode, programmeCode, schoolYear, state, publishedOn, endsOn, workingDays,
                applications, changed, publishedAt, publishedBy, closedAt, approved, rejected);
    }

    private AidNotice withState(NoticeState next, Instant closed, int approvedCount, int rejectedCount) {
        return new AidNotice(noticeId, countyCode, programmeCode, schoolYear, next, publishedOn, endsOn, workingDays,
                applications, objections, publishedAt, publishedBy, closed, approvedCount, rejectedCount);
    }

    private void require(String action, NoticeState required) {
        if (state != required) {
            throw new NoticeTransitionException("cannot " + action + " notice " + noticeId + " while it is " + state
                    + "; it must be " + required);
        }
    }
}
