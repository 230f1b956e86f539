package org.eduaid.subsidy.notice.application;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.notice.domain.AidNotice;
import org.eduaid.subsidy.notice.domain.NoticeState;
import org.eduaid.subsidy.review.application.ApplicationChanges;
import org.eduaid.subsidy.review.application.ApplicationFilter;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The two long steps of a notice, each resumable: a crash leaves the notice PUBLISHING or CLOSING,
 * and running the step again picks up where it stopped, since every application is changed by a
 * versioned write only if it is still in the state the step moves it from.
 */
@Component
public class NoticeSteps {

    private final NoticeRepository notices;
    private final ApplicationRepository applications;
    private final ApplicationChanges changes;
    private final Clock clock;

    public NoticeSteps(NoticeRepository notices, ApplicationRepository applications, ApplicationChanges changes,
            Clock clock) {
        this.notices = notices;
        this.applications = applications;
        this.changes = changes;
        this.clock = clock;
    }

    /** Puts the county's accepted applications on a PUBLISHING notice, counts them, and puts the notice up. */
    public Mono<VersionedNotice> finishPublishing(VersionedNotice prepared, TraceContext trace) {
        AidNotice notice = prepared.notice();
        if (notice.state() != NoticeState.PUBLISHING) {
            return Mono.just(prepared);
        }
        return applications.matching(ApplicationFilter.county(notice.countyCode(), notice.programmeCode(),
                        notice.schoolYear().id(), Set.of(ApplicationState.ACCEPTED)))
                .collectList()
                .flatMap(accepted -> changes.applyAll(accepted,
                        a -> a.state() == ApplicationState.ACCEPTED ? Optional.of(a.putOnNotice(notice.noticeId()))
                                : Optional.empty(),
                        trace).then())
                .then(applications.matching(ApplicationFilter.onNotice(notice.noticeId(), Set.of())).count())
                .flatMap(shown -> {
                    var up = notice.publish(shown.intValue(), clock.instant());
                    return notices.update(up, prepared.version(), trace)
                            .map(version -> new VersionedNotice(up.aggregate(), version));
                });
    }

    /** Decides every application still on a CLOSING notice, then takes the notice down. */
    public Mono<VersionedNotice> finishClosing(VersionedNotice closing, TraceContext trace) {
        AidNotice notice = closing.notice();
        if (notice.state() != NoticeState.CLOSING) {
            return Mono.just(closing);
        }
        Set<String> upheld = notice.upheldApplications();
        String id = notice.noticeId();
        return applications.matching(ApplicationFilter.onNotice(id, Set.of(ApplicationState.ON_NOTICE)))
                .collectList()
                .flatMap(shown -> changes.applyAll(shown, a -> {
                    if (a.state() != ApplicationState.ON_NOTICE || !id.equals(a.noticeId())) {
                        return Optional.empty();
                    }
                    return Optional.of(upheld.contains(a.id()) ? a.rejectAfterObjection(id, clock.instant())
                            : a.approve(id, clock.instant()));
                }, trace).then())
                .then(applications.matching(ApplicationFilter.onNotice(id,
                                Set.of(ApplicationState.APPROVED, ApplicationState.REJECTED)))
                        .collectList())
                .flatMap(decided -> {
                    int approved = (int) decided.stream()
                            .filter(v -> v.application().state() == ApplicationState.APPROVED).count();
                    var closed = notice.close(approved, decided.size() - approved, clock.instant());
                    return notices.update(closed, closing.version(), trace)
                            .map(version -> new VersionedNotice(closed.aggregate(), version));
                });
    }
}
