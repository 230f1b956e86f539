package org.eduaid.subsidy.notice.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.subsidy.notice.domain.NoticeState;
import org.eduaid.subsidy.review.application.AidCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Closes notices that have ended with every objection resolved, and carries on notices a crash left
 * PUBLISHING or CLOSING. Every replica runs it; the versioned writes let one win each step, and the
 * other replica's attempt on that notice is dropped (the next run sees it done).
 */
@Component
public class NoticeClosingJob {

    private static final Logger log = LoggerFactory.getLogger(NoticeClosingJob.class);

    private final NoticeRepository notices;
    private final NoticeSteps steps;
    private final TraceContexts traces;
    private final AidCalendar calendar;

    public NoticeClosingJob(NoticeRepository notices, NoticeSteps steps, TraceContexts traces, AidCalendar calendar) {
        this.notices = notices;
        this.steps = steps;
        this.traces = traces;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${eduaid.notices.close-cron:0 15 0 * * *}", zone = "${eduaid.review.time-zone:Asia/Shanghai}")
    void scheduled() {
        Long closed = runOn(calendar.today()).block(Duration.ofHours(1));
        log.info("Notice closing run: {} notices closed or carried on", closed);
    }

    /** One run as of {@code today}: how many notices it closed or carried on. */
    public Mono<Long> runOn(LocalDate today) {
        return traces.current().flatMap(trace -> notices.inStates(
                        Set.of(NoticeState.PUBLISHING, NoticeState.PUBLISHED, NoticeState.CLOSING))
                .concatMap(found -> {
                    Mono<VersionedNotice> step;
                    switch (found.notice().state()) {
                        case PUBLISHING:
                            step = steps.finishPublishing(found, trace);
                            break;
                        case CLOSING:
                            step = steps.finishClosing(found, trace);
                            break;
                        default:
                            if (!found.notice().endedBy(today) || !found.notice().openObjections().isEmpty()) {
                                return Mono.empty();
                            }
                            var closing = found.notice().startClosing(today);
                            step = notices.update(closing, found.version(), trace)
                                    .flatMap(version -> steps.finishClosing(
                                            new VersionedNotice(closing.aggregate(), version), trace));
                    }
                    return step.onErrorResume(StaleAggregateException.class, e -> Mono.empty());
                })
                .count());
    }
}
