package org.eduaid.subsidy.testsupport;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.testkit.KafkaTestClient;

/** What this service's consumers dead-letter, as the tests read it back. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** The reason the first dead letter with {@code key} gives, or "" when there is none. */
    public static String reasonFor(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).findFirst()
                .map(r -> KafkaTestClient.header(r, DeadLetterErrorHandling.REASON_HEADER)).orElse("");
    }
}
