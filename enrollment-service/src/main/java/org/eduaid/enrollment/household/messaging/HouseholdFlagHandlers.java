package org.eduaid.enrollment.household.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.contracts.inbound.AssistanceStatusChanged;
import org.eduaid.contracts.inbound.DisabilityCertificateChanged;
import org.eduaid.contracts.inbound.PovertyStatusChanged;
import org.eduaid.enrollment.household.application.ExternalFlagRecorder;
import org.eduaid.enrollment.household.domain.FlagStatement;
import org.eduaid.enrollment.household.domain.RecordStamp;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.ProjectionWrite;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.web.CorrelationIdFilter;
import org.springframework.stereotype.Component;

/**
 * The handlers of the three agencies' topics. Unlike a projection, a handler here writes itself and
 * returns no {@link ProjectionWrite}s: the row must be stored before the student is synchronised, and
 * a failed synchronisation must fail this record (retried, then dead-lettered), which the kit's
 * write-after-the-batch cannot express. Blocking is fine: it runs on the binder's consumer thread.
 */
@Component
public class HouseholdFlagHandlers {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final InboundFlagRecords records;
    private final ExternalFlagRecorder recorder;
    private final TraceContexts traces;

    public HouseholdFlagHandlers(RegionDirectory regions, Clock clock, ExternalFlagRecorder recorder,
            TraceContexts traces) {
        this.records = new InboundFlagRecords(regions::isCounty, clock);
        this.recorder = recorder;
        this.traces = traces;
    }

    /** {@code eduaid.inbound.poverty-registry}: 建档立卡 status per household member. */
    public EventHandlers poverty() {
        return EventHandlers.builder()
                .on(PovertyStatusChanged.class, event -> record(event, records.poverty(event.data())))
                .build();
    }

    /** {@code eduaid.inbound.civil-affairs}: 低保, 特困 and orphan assistance. */
    public EventHandlers assistance() {
        return EventHandlers.builder()
                .on(AssistanceStatusChanged.class, event -> record(event, records.assistance(event.data())))
                .build();
    }

    /** {@code eduaid.inbound.disability-certificates}: certificates with kind and grade. */
    public EventHandlers disability() {
        return EventHandlers.builder()
                .on(DisabilityCertificateChanged.class, event -> record(event, records.disability(event.data())))
                .build();
    }

    private List<ProjectionWrite> record(InboundEvent<?> event, FlagStatement statement) {
        EventMetadata metadata = event.metadata();
        RecordStamp stamp = new RecordStamp(metadata.occurredAt(), metadata.sequence(), metadata.id());
        recorder.record(statement, stamp, metadata.subject(), traceOf(metadata)).block(TIMEOUT);
        return List.of();
    }

    /** The record's correlation id and the trace its span continues, for the student events it causes. */
    private TraceContext traceOf(EventMetadata metadata) {
        if (metadata.correlationId() == null || metadata.correlationId().isBlank()) {
            return traces.current().block(TIMEOUT);
        }
        return traces.current()
                .contextWrite(context -> context.put(CorrelationIdFilter.CONTEXT_KEY, metadata.correlationId()))
                .block(TIMEOUT);
    }
}
