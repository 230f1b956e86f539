package org.eduaid.enrollment.dropout.application;

import java.util.List;

import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Mono;

/**
 * Opens a case for each suspected child that has no open case yet (implemented by the case
 * feature). Idempotent: a comparison run twice opens nothing the second time.
 *
 * @return how many cases were opened
 */
public interface SuspectedChildren {

    Mono<Integer> report(List<SuspectedChild> children, TraceContext trace);
}
