package org.eduaid.enrollment.dropout.application;

import java.time.Duration;
import java.time.LocalDate;

import org.eduaid.enrollment.dropout.domain.Actor;
import org.eduaid.enrollment.dropout.domain.Stamp;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Escalates cases whose persuasion deadline passed to the city (逐级上报). Safe on every replica at
 * once: each case is changed by one versioned write, so of two replicas escalating the same case
 * one wins and the other finds it changed and leaves it; the case raises one DropoutCaseEscalated.
 */
@Component
public class CaseEscalation {

    private static final Logger log = LoggerFactory.getLogger(CaseEscalation.class);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(30);

    private final DropoutCaseRepository cases;
    private final CaseCalendar calendar;

    public CaseEscalation(DropoutCaseRepository cases, CaseCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${eduaid.cases.escalation.cron:0 0 * * * *}", zone = "${eduaid.cases.time-zone:Asia/Shanghai}")
    void run() {
        Integer escalated = escalateOverdue(calendar.today()).block(RUN_LIMIT);
        if (escalated != null && escalated > 0) {
            log.info("Escalated {} overdue out-of-school cases", escalated);
        }
    }

    /** Escalates every case in persuasion whose deadline is before {@code today}; returns how many. */
    public Mono<Integer> escalateOverdue(LocalDate today) {
        TraceContext trace = TraceContext.fresh();
        return cases.overdueAndNotEscalated(today)
                .concatMap(id -> cases.find(id)
                        .flatMap(found -> {
                            Stamp stamp = new Stamp(Actor.system("escalation"), calendar.clock().instant(), today);
                            var result = found.dropoutCase().escalateIfOverdue(stamp);
                            if (result.events().isEmpty()) {
                                return Mono.just(0);
                            }
                            return cases.update(result, found.version(), trace).thenReturn(1);
                        })
                        // another replica, or an officer, changed the case meanwhile: theirs stands
                        .onErrorResume(StaleAggregateException.class, e -> Mono.just(0)))
                .reduce(0, Integer::sum);
    }
}
