package org.eduaid.subsidy.eligibility.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduaid.kit.events.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Decides again the students who were decided while their school was unknown, once the school has
 * arrived in {@code aid_schools}. A poll of the (small, usually empty) waiting list rather than a hook
 * in the school projection: the projection's write lands after its handler returns, so a hook there
 * could decide before the school is stored; and the school feature stays as it is.
 */
@Component
class SchoolArrivals {

    private static final Logger log = LoggerFactory.getLogger(SchoolArrivals.class);
    private static final int SCHOOLS_PER_ROUND = 100;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final StudentsAwaitingSchools awaiting;
    private final SchoolFactsLookup schools;
    private final EligibilityDecisions decisions;

    SchoolArrivals(StudentsAwaitingSchools awaiting, SchoolFactsLookup schools, EligibilityDecisions decisions) {
        this.awaiting = awaiting;
        this.schools = schools;
        this.decisions = decisions;
    }

    @Scheduled(fixedDelayString = "${eduaid.eligibility.school-wait-poll:PT5S}",
            initialDelayString = "${eduaid.eligibility.school-wait-poll:PT5S}")
    void decideThoseWhoseSchoolArrived() {
        try {
            Long decided = awaiting.waiting(SCHOOLS_PER_ROUND)
                    .flatMapMany(waiting -> Flux.fromIterable(waiting.entrySet()))
                    .concatMap(this::arrived)
                    .reduce(0L, Long::sum)
                    .block(TIMEOUT);
            if (decided != null && decided > 0) {
                log.info("Decided {} students again now that their schools are known", decided);
            }
        } catch (RuntimeException e) {
            log.warn("Students waiting for their schools: round failed, next round retries: {}", e.toString());
        }
    }

    private Mono<Long> arrived(Map.Entry<String, Set<String>> waiting) {
        TraceContext trace = TraceContext.fresh();
        List<String> students = List.copyOf(waiting.getValue());
        return schools.find(waiting.getKey())
                .flatMap(school -> Flux.fromIterable(students)
                        .flatMap(student -> decisions.redecide(student, trace), 8)
                        .then(Mono.defer(() -> awaiting.done(waiting.getKey(), students)))
                        .thenReturn((long) students.size()))
                .defaultIfEmpty(0L);
    }
}
