package org.eduaid.systemtests.asyncapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.contracts.EventType;
import org.eduaid.contracts.EventTypes;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/asyncapi.yaml (AsyncAPI 3.0), generated from the event catalogue so that it cannot drift from
 * it: a channel per topic, per outside system's inbound topic and per dead-letter topic, a message per
 * event type, the producer's send and each consumer group's receive, and each group's sending of its
 * dead letters. An inbound topic whose payloads are still to be agreed says so with
 * {@value #MESSAGE_SCHEMAS} = {@value #AWAITING}.
 */
final class AsyncApiDocument {

    static final String PATH = "docs/asyncapi.yaml";
    static final String REFRESH = "./mvnw -pl system-tests test -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true";
    static final String CLOUD_EVENT_HEADERS = "CloudEventHeaders";
    static final String DEAD_LETTER = "DeadLetter";
    static final String SCRAM = "scramSha512";
    /** A specification extension: whether a channel's message schemas are still to be agreed. */
    static final String MESSAGE_SCHEMAS = "x-eduaid-message-schemas";
    static final String AWAITING = "awaiting";
    private static final String KAFKA_BINDING_VERSION = "0.5.0";

    private AsyncApiDocument() {
    }

    static String render(List<TopicSpec> catalogue, List<TopicSpec> inbound) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        // one line per value keeps diffs of the checked-in file readable
        options.setSplitLines(false);
        return "# Generated from org.eduaid.contracts.EventCatalog by AsyncApiDocument (system-tests); do not edit.\n"
                + "# Refresh: " + REFRESH + "\n"
                + new Yaml(options).dump(build(catalogue, inbound));
    }

    static Map<String, Object> build(List<TopicSpec> catalogue, List<TopicSpec> inbound) {
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put(CLOUD_EVENT_HEADERS, EnvelopeSchemas.cloudEventHeaders());
        for (TopicSpec topic : catalogue) {
            Map<String, Object> topicMessages = new LinkedHashMap<>();
            for (Class<?> event : topic.events()) {
                String type = EventTypes.logicalTypeOf(event);
                schemas.put(type, PayloadSchemas.of(event));
                messages.put(type, eventMessage(type, event, topic.producer()));
                topicMessages.put(type, ref("#/components/messages/" + type));
            }
            channels.put(topic.name(), channel(topic.name(), topic.description(), topicMessages));
            operations.put(topic.name() + ".send", operation("send", topic.name(), topicMessages, topic.producer(),
                    topic.producer() + " publishes " + topic.name(),
                    "Through its outbox, keyed by " + CloudEventHeaders.SUBJECT
                            + ", so each aggregate's events stay in order on one partition.", null));
            for (Subscription subscription : topic.subscriptions()) {
                addSubscription(topic, subscription, topicMessages, channels, operations);
            }
        }
        for (TopicSpec topic : inbound) {
            addInbound(topic, channels, operations, messages, schemas);
        }
        messages.put(DEAD_LETTER, deadLetterMessage());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", "3.0.0");
        document.put("info", map("title", "EduAid events", "version", "1.0.0", "description", """
                The events the EduAid services exchange over Kafka, and the inbound topics outside government \
                systems publish to. Each topic has one producer: a service, or for an inbound topic one outside \
                system. Records are CloudEvents 1.0 in binary content mode: the value is the event's JSON, the \
                attributes are ce_ headers, the key is the subject (the aggregate id). Every consumer group has its \
                own dead-letter topic, <topic>.<group>.dlq. Event types carry their own version: a change that is \
                not additive is a new type. Every client signs in with SASL/SCRAM-SHA-512 as its own principal \
                (User:<service>, or User:<system> for an outside system) and may use only the topics and groups \
                listed here for it: a producer writes its topic, a consumer reads its topic as its group."""));
        document.put("defaultContentType", CloudEventHeaders.JSON);
        document.put("servers", map("compose", map("host", "kafka:9092", "protocol", "kafka",
                "description", "The broker of docker-compose.yml; elsewhere, the services' KAFKA_BROKERS. "
                        + "SASL_PLAINTEXT: put TLS (SASL_SSL) in front of it before it leaves a private network.",
                "security", List.of(ref("#/components/securitySchemes/" + SCRAM)))));
        document.put("channels", channels);
        document.put("operations", operations);
        document.put("components", map("messages", messages, "schemas", schemas, "securitySchemes", map(SCRAM,
                map("type", SCRAM, "description", "SCRAM-SHA-512 with the principal's own user name and password. "
                        + "ACLs let each principal write only its own topics and read only its subscriptions as its "
                        + "own consumer groups; nothing is allowed without an ACL."))));
        return document;
    }

    private static void addSubscription(TopicSpec topic, Subscription subscription, Map<String, Object> topicMessages,
            Map<String, Object> channels, Map<String, Object> operations) {
        String group = subscription.group();
        String deadLetters = Topics.deadLetterTopic(topic.name(), group);
        operations.put(topic.name() + "." + group + ".receive", operation("receive", topic.name(), topicMessages,
                subscription.service(), subscription.service() + " reads " + topic.name() + " as group " + group,
                "Idempotently: an event no newer than what the group holds changes nothing. A record that is "
                        + "invalid, or still fails after the retries, goes to " + deadLetters + ".",
                map("kafka", map("groupId", map("type", "string", "enum", List.of(group)),
                        "bindingVersion", KAFKA_BINDING_VERSION))));

        Map<String, Object> deadLetterMessages = map(DEAD_LETTER, ref("#/components/messages/" + DEAD_LETTER));
        channels.put(deadLetters, channel(deadLetters, "Records of " + topic.name() + " that group " + group
                + " of " + subscription.service() + " set aside, so that it could carry on.", deadLetterMessages));
        operations.put(deadLetters + ".send", operation("send", deadLetters, deadLetterMessages, subscription.service(),
                subscription.service() + " dead-letters what group " + group + " cannot process", null, null));
    }

    /**
     * An outside system's topic: sent by its agency, read like any other topic. Until its payloads are
     * agreed it has no messages and says so, rather than promising a schema nobody has written.
     */
    private static void addInbound(TopicSpec topic, Map<String, Object> channels, Map<String, Object> operations,
            Map<String, Object> messages, Map<String, Object> schemas) {
        Map<String, Object> topicMessages = new LinkedHashMap<>();
        for (Class<?> event : topic.events()) {
            String type = EventTypes.logicalTypeOf(event);
            schemas.put(type, PayloadSchemas.of(event));
            messages.put(type, eventMessage(type, event, topic.producer()));
            topicMessages.put(type, ref("#/components/messages/" + type));
        }
        Map<String, Object> channel = channel(topic.name(), topic.description(), topicMessages);
        if (topic.awaitsMessageSchemas()) {
            channel.put("description", topic.description() + " Its message schemas are still to be agreed with the "
                    + "agency; until then EduAid reads nothing from it.");
            channel.put(MESSAGE_SCHEMAS, AWAITING);
        }
        channels.put(topic.name(), channel);
        operations.put(topic.name() + ".send", operation("send", topic.name(), topicMessages, topic.producer(),
                topic.producer() + " publishes " + topic.name(),
                "An outside system, signed in as User:" + topic.producer() + ", which may write this topic and no "
                        + "other. Key each record by its subject (" + CloudEventHeaders.SUBJECT
                        + "), so that one subject's records stay in order.",
                null));
        for (Subscription subscription : topic.subscriptions()) {
            addSubscription(topic, subscription, topicMessages, channels, operations);
        }
    }

    private static Map<String, Object> channel(String address, String description, Map<String, Object> messages) {
        return map("address", address, "description", description, "messages", messages);
    }

    /** In AsyncAPI 3 an operation's messages are references to its channel's messages. */
    private static Map<String, Object> operation(String action, String channel, Map<String, Object> channelMessages,
            String service, String title, String description, Map<String, Object> bindings) {
        Map<String, Object> operation = map("action", action, "channel", ref("#/channels/" + channel), "title", title);
        if (description != null) {
            operation.put("description", description);
        }
        operation.put("tags", List.of(map("name", service)));
        if (bindings != null) {
            operation.put("bindings", bindings);
        }
        List<Object> messages = new ArrayList<>();
        channelMessages.keySet().forEach(id -> messages.add(ref("#/channels/" + channel + "/messages/" + id)));
        operation.put("messages", messages);
        return operation;
    }

    private static Map<String, Object> eventMessage(String type, Class<?> event, String producer) {
        EventType declared = event.getAnnotation(EventType.class);
        Map<String, Object> ownHeaders = map("type", "object", "properties", map(
                CloudEventHeaders.TYPE, map("const", type),
                CloudEventHeaders.SOURCE, map("const", producer)));
        return map("name", type,
                "title", event.getSimpleName() + " v" + declared.version(),
                "contentType", CloudEventHeaders.JSON,
                "headers", map("allOf", List.of(ref("#/components/schemas/" + CLOUD_EVENT_HEADERS), ownHeaders)),
                "payload", ref("#/components/schemas/" + type),
                "correlationId", map("description", "The request that caused the event.",
                        "location", "$message.header#/" + CloudEventHeaders.CORRELATION_ID),
                "bindings", map("kafka", map("key", EnvelopeSchemas.text("The subject (" + CloudEventHeaders.SUBJECT
                        + "): the id of the aggregate the event is about."), "bindingVersion", KAFKA_BINDING_VERSION)));
    }

    private static Map<String, Object> deadLetterMessage() {
        return map("name", DEAD_LETTER,
                "title", "Dead letter",
                "summary", "A record its consumer group could not process, as it was read.",
                "headers", EnvelopeSchemas.deadLetterHeaders(),
                "payload", map("description", "The original record value, byte for byte; not necessarily valid JSON, "
                        + "since invalid records are dead-lettered too."),
                "bindings", map("kafka", map("key", EnvelopeSchemas.text("The original record key."),
                        "bindingVersion", KAFKA_BINDING_VERSION)));
    }

    private static Map<String, Object> ref(String pointer) {
        return map("$ref", pointer);
    }

    /** An ordered map from alternating keys and values, so the document keeps a stable, readable order. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
