package org.eduaid.teacher.training.application;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.teacher.training.domain.SchoolPairing;
import org.eduaid.teacher.training.domain.TrainingRecord;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code training_records} and {@code school_pairings}, each with its outbox (topic {@code eduaid.teacher.training}). */
public interface DevelopmentRepository {

    Mono<Void> addTraining(ResultWithEvents<TrainingRecord> recorded, TraceContext trace);

    Flux<TrainingRecord> trainingOf(String teacherId);

    Flux<TrainingRecord> trainingIn(String regionPrefix, int year);

    /** Stores the pairing; false when the same pairing was formed before. */
    Mono<Boolean> addPairing(ResultWithEvents<SchoolPairing> formed, TraceContext trace);

    Flux<SchoolPairing> pairingsIn(String regionPrefix);
}
