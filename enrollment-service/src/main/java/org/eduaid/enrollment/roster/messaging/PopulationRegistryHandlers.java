package org.eduaid.enrollment.roster.messaging;

import java.time.Duration;
import java.util.List;

import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.contracts.inbound.BirthRegistered;
import org.eduaid.contracts.inbound.ResidentDied;
import org.eduaid.contracts.inbound.ResidentMovedIn;
import org.eduaid.contracts.inbound.ResidentMovedOut;
import org.eduaid.enrollment.roster.application.RegistryRecordApplier;
import org.eduaid.enrollment.roster.application.ValidRegistryRecord;
import org.eduaid.enrollment.roster.domain.RegistryPosition;
import org.eduaid.enrollment.roster.domain.RegistryRecord;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.ProjectionWrite;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.web.CorrelationIdFilter;

/**
 * The population registry's records (eduaid.inbound.population-registry, group
 * enrollment-population-roster) applied to the roster. Unlike a projection, each record goes through
 * the roster aggregate and its outbox, so the handler stores it itself, on the consumer thread, and
 * hands the kit's consumer no writes; the aggregate's registry position makes a redelivery harmless.
 */
public final class PopulationRegistryHandlers {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final RegistryRecordApplier roster;
    private final RegistryPayloads payloads;
    private final TraceContexts traces;

    public PopulationRegistryHandlers(RegistryRecordApplier roster, RegionDirectory regions, TraceContexts traces) {
        this.roster = roster;
        this.payloads = new RegistryPayloads(regions);
        this.traces = traces;
    }

    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on(BirthRegistered.class, this::birth)
                .on(ResidentMovedIn.class, this::movedIn)
                .on(ResidentMovedOut.class, this::movedOut)
                .on(ResidentDied.class, this::died)
                .build();
    }

    private List<ProjectionWrite> birth(InboundEvent<BirthRegistered> event) {
        BirthRegistered birth = event.data();
        ResidentIdNumber idNumber = payloads.idNumber(birth.idNumber());
        RegistryRecord record = new RegistryRecord.Birth(payloads.name(birth.name()),
                payloads.residence(birth.countyCode(), birth.townshipCode(), birth.villageCode()),
                payloads.dateInLife("registeredOn", birth.registeredOn(), idNumber));
        return apply(event.metadata(), idNumber, record);
    }

    private List<ProjectionWrite> movedIn(InboundEvent<ResidentMovedIn> event) {
        ResidentMovedIn moved = event.data();
        ResidentIdNumber idNumber = payloads.idNumber(moved.idNumber());
        payloads.optionalCounty("fromCountyCode", moved.fromCountyCode());
        RegistryRecord record = new RegistryRecord.MoveIn(payloads.name(moved.name()),
                payloads.residence(moved.countyCode(), moved.townshipCode(), moved.villageCode()),
                payloads.dateInLife("movedOn", moved.movedOn(), idNumber));
        return apply(event.metadata(), idNumber, record);
    }

    private List<ProjectionWrite> movedOut(InboundEvent<ResidentMovedOut> event) {
        ResidentMovedOut moved = event.data();
        ResidentIdNumber idNumber = payloads.idNumber(moved.idNumber());
        RegistryRecord record = new RegistryRecord.MoveOut(payloads.county("countyCode", moved.countyCode()),
                payloads.optionalCounty("toCountyCode", moved.toCountyCode()),
                payloads.dateInLife("movedOn", moved.movedOn(), idNumber));
        return apply(event.metadata(), idNumber, record);
    }

    private List<ProjectionWrite> died(InboundEvent<ResidentDied> event) {
        ResidentDied died = event.data();
        ResidentIdNumber idNumber = payloads.idNumber(died.idNumber());
        RegistryRecord record = new RegistryRecord.Death(payloads.county("countyCode", died.countyCode()),
                payloads.dateInLife("diedOn", died.diedOn(), idNumber));
        return apply(event.metadata(), idNumber, record);
    }

    private List<ProjectionWrite> apply(EventMetadata metadata, ResidentIdNumber idNumber, RegistryRecord record) {
        RegistryPosition position = new RegistryPosition(metadata.occurredAt(), metadata.sequence());
        // blocking is what the consumer thread is for: the next record of this person waits for this one
        traces.current()
                .contextWrite(context -> metadata.correlationId() == null ? context
                        : context.put(CorrelationIdFilter.CONTEXT_KEY, metadata.correlationId()))
                .flatMap(trace -> roster.apply(new ValidRegistryRecord(idNumber, record), position, trace))
                .block(TIMEOUT);
        return List.of();
    }
}
