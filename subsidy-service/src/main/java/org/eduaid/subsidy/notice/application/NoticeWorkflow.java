package org.eduaid.subsidy.notice.application;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.notice.domain.AidNotice;
import org.eduaid.subsidy.review.application.AidCalendar;
import org.eduaid.subsidy.review.application.ApplicationFilter;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.application.ReviewErrors;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The county's commands on public notices: publish the accepted applications, record and resolve
 * objections, close. Objections and their resolutions name no version: they only add to the notice,
 * and a concurrent change is retried on the fresh notice (or refused by its state).
 */
@Service
public class NoticeWorkflow {

    private static final int ATTEMPTS = 5;

    private final NoticeRepository notices;
    private final NoticeSteps steps;
    private final ApplicationRepository applications;
    private final NoticeSettings settings;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final AidCalendar calendar;
    private final Clock clock;

    public NoticeWorkflow(NoticeRepository notices, NoticeSteps steps, ApplicationRepository applications,
            NoticeSettings settings, RegionDirectory regions, TraceContexts traces, AidCalendar calendar) {
        this.notices = notices;
        this.steps = steps;
        this.applications = applications;
        this.settings = settings;
        this.regions = regions;
        this.traces = traces;
        this.calendar = calendar;
        this.clock = calendar.clock();
    }

    /** Puts every ACCEPTED application of the county, programme and year on a new notice. */
    public Mono<VersionedNotice> publish(String countyCode, String programmeCode, String schoolYear) {
        return Access.permit("publish aid notices", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (countyCode == null || !regions.isCounty(countyCode)) {
                        throw InvalidRequestException.of("countyCode", "is not a county in the national division list");
                    }
                    if (programmeCode == null || !programmeCode.matches("[A-Z0-9_-]{2,40}")) {
                        throw InvalidRequestException.of("programmeCode", "is not a programme code");
                    }
                    SchoolYear year = yearOf(schoolYear);
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                            .then(applications.matching(ApplicationFilter.county(countyCode, programmeCode, year.id(),
                                    Set.of(ApplicationState.ACCEPTED))).hasElements())
                            .flatMap(any -> any ? Mono.just(caller) : Mono.error(new ConflictException(
                                    "There are no accepted applications of county " + countyCode + " for "
                                            + programmeCode + " in " + year.id() + " to publish.")))
                            .flatMap(who -> {
                                AidNotice prepared = AidNotice.prepare(freshId(countyCode), countyCode, programmeCode,
                                        year, calendar.today(), settings.workingDays(), settings.calendar(),
                                        who.subject(), clock.instant());
                                return Audit.action("aid-notice.publish").then(Audit.touched(recordId(prepared.noticeId())))
                                        .then(traces.current())
                                        .flatMap(trace -> notices.add(ResultWithEvents.of(prepared), trace)
                                                .flatMap(version -> steps.finishPublishing(
                                                        new VersionedNotice(prepared, version), trace)));
                            });
                })
                .onErrorMap(ReviewErrors::translate);
    }

    /** An objection received against one application on the notice, as the officer records it. */
    public Mono<VersionedNotice> recordObjection(String noticeId, String applicationId, String text) {
        return act(noticeId, "aid-notice.object", (caller, notice) -> applications.find(applicationId == null ? "" : applicationId)
                .filter(found -> noticeId.equals(found.application().noticeId()))
                .switchIfEmpty(Mono.error(() -> InvalidRequestException.of("applicationId", "is not on this notice")))
                .map(found -> notice.recordObjection("OBJ-" + UUID.randomUUID().toString().substring(0, 13),
                        applicationId, text, caller, clock.instant())));
    }

    public Mono<VersionedNotice> resolveObjection(String noticeId, String objectionId, boolean upheld, String note) {
        return act(noticeId, "aid-notice.resolve",
                (caller, notice) -> Mono.just(notice.resolve(objectionId, upheld, note, caller, clock.instant())));
    }

    /** Closes a notice that has ended with every objection resolved; else 409 saying what is missing. */
    public Mono<VersionedNotice> close(String noticeId) {
        return Access.permit("close aid notices", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> visible(noticeId))
                .flatMap(found -> Audit.action("aid-notice.close").then(Audit.touched(recordId(noticeId)))
                        .then(traces.current())
                        .flatMap(trace -> {
                            var closing = found.notice().startClosing(calendar.today());
                            return notices.update(closing, found.version(), trace)
                                    .flatMap(version -> steps.finishClosing(
                                            new VersionedNotice(closing.aggregate(), version), trace));
                        }))
                .onErrorMap(ReviewErrors::translate);
    }

    public static String recordId(String noticeId) {
        return "aid-notice:" + noticeId;
    }

    private Mono<VersionedNotice> act(String noticeId, String action,
            java.util.function.BiFunction<String, AidNotice, Mono<ResultWithEvents<AidNotice>>> change) {
        return Access.permit("work on aid notices", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> visible(noticeId)
                        .flatMap(found -> Audit.action(action).then(Audit.touched(recordId(noticeId)))
                                .then(traces.current())
                                .flatMap(trace -> attempt(found, notice -> change.apply(caller.subject(), notice),
                                        trace, ATTEMPTS))))
                .onErrorMap(ReviewErrors::translate);
    }

    private Mono<VersionedNotice> attempt(VersionedNotice found,
            Function<AidNotice, Mono<ResultWithEvents<AidNotice>>> change, org.eduaid.kit.events.TraceContext trace,
            int attempts) {
        return change.apply(found.notice())
                .flatMap(changed -> notices.update(changed, found.version(), trace)
                        .map(version -> new VersionedNotice(changed.aggregate(), version)))
                .onErrorResume(StaleAggregateException.class, stale -> attempts <= 1 ? Mono.error(stale)
                        : notices.find(found.notice().noticeId()).flatMap(again -> attempt(again, change, trace,
                                attempts - 1)));
    }

    Mono<VersionedNotice> visible(String noticeId) {
        return Access.ifVisible(notices.find(noticeId), (who, found) -> who.canSeeRegion(found.notice().countyCode()),
                "notice " + noticeId);
    }

    private static String freshId(String countyCode) {
        return "AN-" + countyCode + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static SchoolYear yearOf(String schoolYear) {
        try {
            return SchoolYear.parse(schoolYear);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("schoolYear", "is written like 2024-2025");
        }
    }
}
