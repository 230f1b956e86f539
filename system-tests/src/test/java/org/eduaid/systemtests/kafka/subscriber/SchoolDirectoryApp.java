package org.eduaid.systemtests.kafka.subscriber;

import java.util.List;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
import org.eduaid.kit.consumer.ProjectionWrite;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A service built on the kit that keeps a copy of the schools, as subsidy-service does. */
@SpringBootApplication
public class SchoolDirectoryApp {

    public static final String COPIES = "school_copies";

    @Bean
    IdempotentEventConsumer schoolDirectory(EventConsumers consumers) {
        return consumers.consumer("schoolDirectory", EventHandlers.builder()
                .on(SchoolRegistered.class, event -> List.of(ProjectionWrite.upsertIfNewer(COPIES, event.subject(),
                        event.sequence(), new Document("name", event.data().name()))))
                .build());
    }
}
