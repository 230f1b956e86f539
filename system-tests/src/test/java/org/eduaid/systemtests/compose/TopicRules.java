package org.eduaid.systemtests.compose;

import static org.eduaid.systemtests.compose.ComposeFileChecker.KAFKA_INIT;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.Topics;

/**
 * Topics and bindings against the event catalogue: kafka-init creates exactly the catalogue's topics,
 * the outside systems' inbound topics and the dead-letter topics, and each service binds exactly its
 * subscriptions.
 */
final class TopicRules {

    static final String EVENT_TOPICS = "EVENT_TOPICS";
    static final String INBOUND_TOPICS = "INBOUND_TOPICS";
    static final String DEAD_LETTER_TOPICS = "DEAD_LETTER_TOPICS";
    static final String BINDINGS = "spring.cloud.stream.bindings";
    static final String FUNCTIONS = "spring.cloud.function.definition";
    private static final Pattern BINDING = Pattern.compile("(.+)-(in|out)-\\d+");

    private TopicRules() {
    }

    static void check(Platform platform, List<String> violations) {
        checkTopicsCreated(platform, violations);
        checkCatalogueParties(platform, violations);
        for (AppModule service : platform.services()) {
            checkInputs(service, platform.allTopics(), violations);
            checkFunctions(service, violations);
        }
    }

    private static void checkTopicsCreated(Platform platform, List<String> violations) {
        ComposeService init = platform.compose().service(KAFKA_INIT).orElse(null);
        if (init == null) {
            violations.add(KAFKA_INIT + ": missing; nothing creates the topics with their retention");
            return;
        }
        Set<String> eventTopics = new TreeSet<>();
        Set<String> inboundTopics = new TreeSet<>();
        Set<String> deadLetterTopics = new TreeSet<>();
        platform.catalogue().forEach(topic -> eventTopics.add(topic.name()));
        platform.inbound().forEach(topic -> inboundTopics.add(topic.name()));
        for (TopicSpec topic : platform.allTopics()) {
            topic.subscriptions().forEach(subscription ->
                    deadLetterTopics.add(Topics.deadLetterTopic(topic.name(), subscription.group())));
        }
        compareTopics(init, EVENT_TOPICS, eventTopics, violations);
        compareTopics(init, INBOUND_TOPICS, inboundTopics, violations);
        compareTopics(init, DEAD_LETTER_TOPICS, deadLetterTopics, violations);
        if (!init.command().contains("--if-not-exists")) {
            violations.add(KAFKA_INIT + ": creates topics without --if-not-exists, so a second start fails");
        }
    }

    private static void compareTopics(ComposeService init, String variable, Set<String> expected,
            List<String> violations) {
        String listed = init.environment().getOrDefault(variable, "").trim();
        Set<String> created = listed.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(listed.split("\\s+")));
        difference(expected, created).forEach(topic ->
                violations.add(KAFKA_INIT + ": " + variable + " lacks " + topic + ", a topic of the event catalogue"));
        difference(created, expected).forEach(topic ->
                violations.add(KAFKA_INIT + ": " + variable + " lists " + topic
                        + ", which the event catalogue does not have"));
        if (!init.command().contains(variable)) {
            violations.add(KAFKA_INIT + ": its command never reads " + variable);
        }
    }

    private static void checkCatalogueParties(Platform platform, List<String> violations) {
        Set<String> services = new TreeSet<>(platform.services().stream().map(AppModule::name).toList());
        for (TopicSpec topic : platform.catalogue()) {
            if (!services.contains(topic.producer())) {
                violations.add("EventCatalog: " + topic.name() + " is written by " + topic.producer()
                        + ", which is no service of the build");
            }
        }
        for (TopicSpec topic : platform.inbound()) {
            if (services.contains(topic.producer())) {
                violations.add("EventCatalog: inbound topic " + topic.name() + " is written by " + topic.producer()
                        + ", a service; inbound topics are for outside systems");
            }
        }
        for (TopicSpec topic : platform.allTopics()) {
            for (Subscription subscription : topic.subscriptions()) {
                if (!services.contains(subscription.service())) {
                    violations.add("EventCatalog: " + topic.name() + " is read by " + subscription.service()
                            + ", which is no service of the build");
                }
            }
        }
    }

    /** The catalogue's subscriptions of a service and its input bindings must be the same set. */
    private static void checkInputs(AppModule service, List<TopicSpec> catalogue, List<String> violations) {
        Set<Input> subscribed = new LinkedHashSet<>();
        for (TopicSpec topic : catalogue) {
            topic.subscriptions().stream().filter(subscription -> subscription.service().equals(service.name()))
                    .forEach(subscription -> subscribed.add(new Input(topic.name(), subscription.group())));
        }
        Map<String, Input> bound = new TreeMap<>();
        bindings(service).forEach((binding, settings) -> {
            Matcher name = BINDING.matcher(binding);
            if (name.matches() && name.group(2).equals("in")) {
                bound.put(binding, new Input(settings.get("destination"), settings.get("group")));
            }
        });
        subscribed.stream().filter(input -> !bound.containsValue(input)).forEach(input ->
                violations.add(service.name() + ": EventCatalog subscribes it to " + input
                        + ", but no input binding of its application.yml reads that"));
        bound.forEach((binding, input) -> {
            if (!subscribed.contains(input)) {
                violations.add(service.name() + ": binding " + binding + " reads " + input
                        + ", which is no subscription of " + service.name() + " in EventCatalog");
            }
        });
    }

    /** Spring Cloud Stream binds only the functions the definition names; any other binding is dead. */
    private static void checkFunctions(AppModule service, List<String> violations) {
        Set<String> defined = new TreeSet<>();
        for (String function : service.settings().get(FUNCTIONS).orElse("").split(";")) {
            if (!function.isBlank()) {
                // a composition a|b is bound as ab-in-0
                defined.add(function.trim().replace("|", ""));
            }
        }
        Set<String> bound = new TreeSet<>();
        bindings(service).keySet().forEach(binding -> {
            Matcher name = BINDING.matcher(binding);
            if (name.matches()) {
                bound.add(name.group(1));
            }
        });
        difference(defined, bound).forEach(function -> violations.add(service.name() + ": " + FUNCTIONS
                + " names " + function + ", but no " + function + "-in-0 or -out-0 binding is configured"));
        difference(bound, defined).forEach(function -> violations.add(service.name() + ": the bindings of "
                + function + " belong to no function of " + FUNCTIONS + ", so they are never bound"));
    }

    /** Each binding's own settings, e.g. {@code schoolDirectory-in-0 -> {destination=..., group=...}}. */
    private static Map<String, Map<String, String>> bindings(AppModule service) {
        Map<String, Map<String, String>> bindings = new TreeMap<>();
        service.settings().under(BINDINGS).forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot > 0) {
                bindings.computeIfAbsent(key.substring(0, dot), binding -> new TreeMap<>())
                        .put(key.substring(dot + 1), value);
            }
        });
        return bindings;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> rest = new TreeSet<>(left);
        rest.removeAll(right);
        return rest;
    }

    /** A topic read by a consumer group. */
    private record Input(String topic, String group) {

        @Override
        public String toString() {
            return topic + " as group " + group;
        }
    }
}
