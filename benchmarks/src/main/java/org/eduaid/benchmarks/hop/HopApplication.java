package org.eduaid.benchmarks.hop;

import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.ProjectionWrite;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * The smallest service the kit makes: the school registry's outbox on one side, a school directory
 * projection fed from the school topic on the other. Both halves live in one application so that
 * one clock times the whole hop; each still goes through Kafka, as between two services.
 * Not component-scanned: it holds exactly the beans below plus the kit's auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class HopApplication {

    public static final String DATABASE = "bench_hop";
    public static final String AGGREGATES = "schools";
    public static final String PROJECTION = "school_directory";
    /** The function bean, and so the binding name {@code schoolDirectory-in-0}. */
    public static final String CONSUMER = "schoolDirectory";

    @Bean
    AggregateStore schoolStore(AggregateStoreFactory stores) {
        return stores.forCollection(AGGREGATES);
    }

    @Bean
    HopProbe hopProbe() {
        return new HopProbe();
    }

    /**
     * The kit's consumer is not a bean of its own: only this wrapper is, so it is the one function
     * the binder can bind, and every batch is timed after the kit stored it.
     */
    @Bean(CONSUMER)
    Consumer<Message<List<byte[]>>> schoolDirectory(EventConsumers consumers, HopProbe probe) {
        return new MeasuredConsumer(consumers.consumer(CONSUMER, EventHandlers.builder()
                .on(SchoolRegistered.class, HopApplication::directoryEntry)
                .build()), probe);
    }

    private static List<ProjectionWrite> directoryEntry(InboundEvent<SchoolRegistered> event) {
        SchoolRegistered school = event.data();
        return List.of(ProjectionWrite.upsertIfNewer(PROJECTION, event.subject(), event.sequence(),
                new Document("name", school.name())
                        .append("countyCode", school.countyCode())
                        .append("kind", school.kind())
                        .append("locality", school.locality())
                        .append("boarding", school.boarding())));
    }
}
