package org.eduaid.kit.consumer;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eduaid.contracts.Topics;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonDelegatingErrorHandler;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Gives every input binding the same failure policy:
 * <ul>
 * <li>a record that breaks the contract goes to {@code <topic>.<group>.dlq} at once, with the reason;</li>
 * <li>a record whose handling fails otherwise is retried with back-off, then dead-lettered the same way;</li>
 * <li>a failure no record is to blame for (the consumer's database is down) is retried, with back-off,
 * until it clears: a record is never dead-lettered because infrastructure was unavailable.</li>
 * </ul>
 * After a dead letter the consumer carries on with the next record, so one bad record never stops a group.
 */
public final class DeadLetterErrorHandling implements ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> {

    /** The reason a record was dead-lettered, in plain words. */
    public static final String REASON_HEADER = "eduaid_dlq_reason";

    private final KafkaOperations<Object, Object> deadLetters;
    private final ConsumerProperties properties;

    public DeadLetterErrorHandling(KafkaOperations<Object, Object> deadLetters, ConsumerProperties properties) {
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group) {
        container.setCommonErrorHandler(errorHandler(group));
    }

    CommonErrorHandler errorHandler(String group) {
        ExponentialBackOff untilItClears = new ExponentialBackOff(properties.initialBackoff().toMillis(),
                properties.backoffMultiplier());
        untilItClears.setMaxInterval(properties.maxBackoff().toMillis());
        CommonDelegatingErrorHandler handler = new CommonDelegatingErrorHandler(new DefaultErrorHandler(untilItClears));
        handler.setCauseChainTraversing(true);
        handler.addDelegate(BatchListenerFailedException.class, recordFailureHandler(group));
        return handler;
    }

    private DefaultErrorHandler recordFailureHandler(String group) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopic(record.topic(), group), -1));
        recoverer.setHeadersFunction((record, failure) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(REASON_HEADER, reasonOf(failure).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(
                Math.max(0, properties.maxAttempts() - 1));
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(properties.backoffMultiplier());
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    static String reasonOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof InvalidEventException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
