package org.eduaid.systemtests.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.EventTypes;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.Topics;
import org.eduaid.systemtests.RepositoryRoot;
import org.junit.jupiter.api.Test;

class AsyncApiDocumentTest {

    /** Set (-Dasyncapi.write=true) to rewrite the checked-in document instead of failing on a difference. */
    static final String WRITE = "asyncapi.write";

    private final Map<String, Object> document = AsyncApiDocument.build(EventCatalog.TOPICS, EventCatalog.INBOUND_TOPICS);

    @Test
    void checkedInDocumentIsTheOneGeneratedFromTheCatalogue() throws IOException {
        Path file = RepositoryRoot.find().resolve(AsyncApiDocument.PATH);
        String generated = AsyncApiDocument.render(EventCatalog.TOPICS, EventCatalog.INBOUND_TOPICS);
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
        }
        String checkedIn = Files.isRegularFile(file) ? Files.readString(file).replace("\r\n", "\n") : "";

        assertThat(checkedIn)
                .withFailMessage("%s is out of date with EventCatalog (%s); refresh it with%n  %s%nand commit it.",
                        AsyncApiDocument.PATH, firstDifference(checkedIn, generated), AsyncApiDocument.REFRESH)
                .isEqualTo(generated);
    }

    @Test
    void everyTopicIsAChannelWithItsEventsAndItsProducer() {
        for (TopicSpec topic : EventCatalog.TOPICS) {
            assertThat(at(document, "channels", topic.name(), "address")).isEqualTo(topic.name());
            assertThat(at(document, "operations", topic.name() + ".send", "tags"))
                    .isEqualTo(List.of(Map.of("name", topic.producer())));
            for (Class<?> event : topic.events()) {
                String type = EventTypes.logicalTypeOf(event);
                assertThat(at(document, "channels", topic.name(), "messages", type, "$ref"))
                        .isEqualTo("#/components/messages/" + type);
                assertThat(at(document, "components", "messages", type, "name")).isEqualTo(type);
                assertThat(at(document, "components", "schemas", type, "properties")).asInstanceOf(MAP)
                        .containsOnlyKeys(componentNames(event));
            }
        }
    }

    @Test
    void everySubscriptionReceivesAsItsGroupAndHasADeadLetterChannel() {
        for (TopicSpec topic : EventCatalog.TOPICS) {
            for (Subscription subscription : topic.subscriptions()) {
                String receive = topic.name() + "." + subscription.group() + ".receive";
                assertThat(at(document, "operations", receive, "action")).isEqualTo("receive");
                assertThat(at(document, "operations", receive, "bindings", "kafka", "groupId", "enum"))
                        .isEqualTo(List.of(subscription.group()));
                String deadLetters = Topics.deadLetterTopic(topic.name(), subscription.group());
                assertThat(at(document, "channels", deadLetters, "address")).isEqualTo(deadLetters);
                assertThat(at(document, "operations", deadLetters + ".send", "tags"))
                        .isEqualTo(List.of(Map.of("name", subscription.service())));
            }
        }
    }

    @Test
    void everyInboundTopicIsAChannelSentByItsAgencyAndSaysWhileItAwaitsItsMessageSchemas() {
        for (TopicSpec topic : EventCatalog.INBOUND_TOPICS) {
            assertThat(at(document, "channels", topic.name(), "address")).isEqualTo(topic.name());
            assertThat(at(document, "operations", topic.name() + ".send", "tags"))
                    .isEqualTo(List.of(Map.of("name", topic.producer())));
            assertThat(at(document, "operations", topic.name() + ".send", "description")).asString()
                    .contains("User:" + topic.producer());
            if (topic.awaitsMessageSchemas()) {
                assertThat(at(document, "channels", topic.name(), AsyncApiDocument.MESSAGE_SCHEMAS))
                        .isEqualTo(AsyncApiDocument.AWAITING);
                assertThat(at(document, "channels", topic.name(), "messages")).isEqualTo(Map.of());
                assertThat(at(document, "operations", topic.name() + ".send", "messages")).isEqualTo(List.of());
            }
        }
    }

    @Test
    void theBrokerTakesScramSignInOnly() {
        assertThat(at(document, "servers", "compose", "security"))
                .isEqualTo(List.of(Map.of("$ref", "#/components/securitySchemes/" + AsyncApiDocument.SCRAM)));
        assertThat(at(document, "components", "securitySchemes", AsyncApiDocument.SCRAM, "type")).isEqualTo("scramSha512");
    }

    @Test
    void everyReferenceResolves() {
        assertThat(references(document)).allSatisfy(pointer ->
                assertThat(at(document, pointer.substring(2).split("/"))).as(pointer).isNotNull());
    }

    /** The whole document twice would bury the one line that matters. */
    private static String firstDifference(String checkedIn, String generated) {
        List<String> was = checkedIn.lines().toList();
        List<String> expected = generated.lines().toList();
        for (int i = 0; i < Math.max(was.size(), expected.size()); i++) {
            String wasLine = i < was.size() ? was.get(i) : "<end of file>";
            String expectedLine = i < expected.size() ? expected.get(i) : "<end of file>";
            if (!wasLine.equals(expectedLine)) {
                return "line " + (i + 1) + " is \"" + wasLine.strip() + "\", generated \"" + expectedLine.strip() + "\"";
            }
        }
        return "they differ only in how the file ends";
    }

    private static String[] componentNames(Class<?> event) {
        return Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName)
                .toArray(String[]::new);
    }

    private static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return current;
    }

    private static List<String> references(Object node) {
        if (node instanceof Map<?, ?> map) {
            return map.entrySet().stream().flatMap(entry -> entry.getKey().equals("$ref")
                    ? Stream.of(String.valueOf(entry.getValue()))
                    : references(entry.getValue()).stream()).toList();
        }
        if (node instanceof List<?> list) {
            return list.stream().flatMap(item -> references(item).stream()).toList();
        }
        return List.of();
    }
}
