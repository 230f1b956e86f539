package org.eduaid.kit.config;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eduaid.kit.consumer.ConsumerProperties;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.ProjectionStore;
import org.eduaid.kit.consumer.RecordTracing;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.eduaid.kit.outbox.OutboxPartitioning;
import org.eduaid.kit.outbox.OutboxProperties;
import org.eduaid.kit.outbox.OutboxRelay;
import org.eduaid.kit.outbox.OutboxRelayFactory;
import org.eduaid.kit.outbox.OutboxSignal;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.web.CorrelationIdFilter;
import org.eduaid.kit.web.IdNumbersOutOfUrlsFilter;
import org.eduaid.kit.web.ProblemDetailsExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mechanics every EduAid service gets by depending on the kit: event envelopes, the outbox and
 * its relay, idempotent consumers with dead-lettering, problem details and correlation ids.
 */
@AutoConfiguration
@EnableConfigurationProperties({ OutboxProperties.class, ConsumerProperties.class, KafkaTopicsProperties.class,
        KafkaClientSecurity.class })
public class EduAidServiceAutoConfiguration {

    static final String BROKERS = "spring.cloud.stream.kafka.binder.brokers";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    EventEnveloper eventEnveloper(Environment environment, EventJson json, Clock clock) {
        return new EventEnveloper(serviceName(environment), json, clock);
    }

    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContexts(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    RegionDirectory regionDirectory() {
        return RegionDirectory.loadBundled();
    }

    @Bean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    AggregateStoreFactory aggregateStoreFactory(ReactiveMongoDatabaseFactory databases, EventEnveloper enveloper,
            OutboxProperties properties, OutboxSignal signal, Clock clock) {
        return new AggregateStoreFactory(databases, enveloper, new OutboxPartitioning(properties.partitions()), signal,
                clock);
    }

    /** Every Kafka client of the kit starts from this: the binder's brokers, signed in as {@link KafkaClientSecurity} says. */
    @Bean
    KafkaConnection kafkaConnection(Environment environment, KafkaClientSecurity security) {
        return new KafkaConnection(brokers(environment), security);
    }

    @Bean
    EventTopics eventTopics(Environment environment, KafkaConnection kafka, KafkaTopicsProperties properties,
            ObjectProvider<BindingServiceProperties> bindings) {
        Map<String, String> groupByInputTopic = new LinkedHashMap<>();
        BindingServiceProperties stream = bindings.getIfAvailable();
        if (stream != null) {
            stream.getBindings().forEach((name, binding) -> {
                if (isInput(name, binding)) {
                    groupByInputTopic.put(binding.getDestination(), binding.getGroup());
                }
            });
        }
        return new EventTopics(serviceName(environment), kafka, properties, groupByInputTopic);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "eduaid.outbox.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(ObjectProvider<AggregateStore> stores, ReactiveMongoDatabaseFactory databases,
            KafkaConnection kafka, EventTopics topics, OutboxProperties properties, OutboxSignal signal, Clock clock,
            MeterRegistry meters) {
        return OutboxRelayFactory.create(stores.orderedStream().toList(), databases, kafka, topics, properties, signal,
                clock, meters);
    }

    @Bean
    ProjectionStore projectionStore(ReactiveMongoDatabaseFactory databases) {
        return new ProjectionStore(databases);
    }

    @Bean
    EventConsumers eventConsumers(ProjectionStore store, EventJson json, ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator, MeterRegistry meters) {
        RecordTracing tracing = tracer.getIfAvailable() == null || propagator.getIfAvailable() == null
                ? RecordTracing.none() : new RecordTracing(tracer.getObject(), propagator.getObject());
        return new EventConsumers(store, json, tracing, meters);
    }

    @Bean
    DeadLetterErrorHandling deadLetterErrorHandling(KafkaConnection kafka, ConsumerProperties properties) {
        Map<String, Object> config = kafka.clientProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        return new DeadLetterErrorHandling(template, properties);
    }

    /** Named so that Spring Boot's own MongoDB indicator backs off and this one reports as "mongo". */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(ReactiveMongoDatabaseFactory databases) {
        return new MongoPingHealthIndicator(databases);
    }

    @Bean
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    IdNumbersOutOfUrlsFilter idNumbersOutOfUrlsFilter() {
        return new IdNumbersOutOfUrlsFilter();
    }

    @Bean
    ProblemDetailsExceptionHandler problemDetailsExceptionHandler(ObjectProvider<JsonMapper> json) {
        return new ProblemDetailsExceptionHandler(json.getIfAvailable(JsonMapper::new));
    }

    private static boolean isInput(String bindingName, BindingProperties binding) {
        return bindingName.contains("-in-") && binding.getDestination() != null && binding.getGroup() != null;
    }

    static String serviceName(Environment environment) {
        return environment.getRequiredProperty("spring.application.name");
    }

    static String brokers(Environment environment) {
        return environment.getProperty(BROKERS, "localhost:9092");
    }
}
