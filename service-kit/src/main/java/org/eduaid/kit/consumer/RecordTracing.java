package org.eduaid.kit.consumer;

import java.util.Map;
import java.util.function.Supplier;

import org.eduaid.contracts.envelope.CloudEventHeaders;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Continues, for each record of a batch, the trace its producer started (the {@code traceparent}
 * header), so that what a handler does and logs belongs to the request that caused the event.
 * Spring Kafka observes single-record listeners only; batch listeners need this.
 */
public final class RecordTracing {

    private final Tracer tracer;
    private final Propagator propagator;

    public RecordTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** No tracing on the classpath: handlers run as they are. */
    public static RecordTracing none() {
        return new RecordTracing(null, null);
    }

    <T> T inTraceOf(Map<String, Object> headers, String spanName, Supplier<T> work) {
        if (tracer == null || propagator == null || headers.get(CloudEventHeaders.TRACEPARENT) == null) {
            return work.get();
        }
        Span span = propagator.extract(headers, HeaderValues::text).name(spanName).kind(Span.Kind.CONSUMER).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
