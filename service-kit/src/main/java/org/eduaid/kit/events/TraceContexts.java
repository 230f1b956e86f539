package org.eduaid.kit.events;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eduaid.kit.web.CorrelationIdFilter;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import reactor.core.publisher.Mono;

/** Reads the correlation id and trace of the current request, to stamp them on the events it raises. */
public final class TraceContexts {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public Mono<TraceContext> current() {
        return Mono.deferContextual(context -> Mono.just(new TraceContext(
                context.getOrDefault(CorrelationIdFilter.CONTEXT_KEY, UUID.randomUUID().toString()),
                traceparent())));
    }

    private String traceparent() {
        if (tracer == null || propagator == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
