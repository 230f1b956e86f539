package org.eduaid.teacher.rotation.application;

import java.util.List;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.teacher.rotation.domain.RotationPlan;
import org.eduaid.teacher.rotation.domain.RotationRules;
import org.eduaid.teacher.rotation.domain.TeacherExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Rotation plans ({@code rotation_plans}), their exchanges ({@code teacher_exchanges}) and the provinces' rules. */
public interface RotationRepository {

    record Versioned<T>(T value, long version) {
    }

    Mono<Versioned<RotationPlan>> findPlan(String planId);

    Mono<Long> addPlan(RotationPlan plan, TraceContext trace);

    Mono<Long> updatePlan(ResultWithEvents<RotationPlan> changed, long expectedVersion, TraceContext trace);

    /** Stores new exchanges; answers the ids that existed already. */
    Mono<List<String>> addExchanges(List<ResultWithEvents<TeacherExchange>> exchanges, TraceContext trace);

    Mono<Long> updateExchange(ResultWithEvents<TeacherExchange> changed, long expectedVersion, TraceContext trace);

    Mono<Versioned<TeacherExchange>> findExchange(String exchangeId);

    /** Exchanges not yet ended, for the daily run. */
    Flux<Versioned<TeacherExchange>> unfinishedExchanges();

    /** The exchanges of a region's plans for a school year. */
    Flux<TeacherExchange> exchangesOf(String regionPrefix, String schoolYear);

    Mono<RotationRules> rules(String provinceCode);

    Mono<Void> saveRules(RotationRules rules);
}
