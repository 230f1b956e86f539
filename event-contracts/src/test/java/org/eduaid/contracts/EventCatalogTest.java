package org.eduaid.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void logicalTypeIsTheDeclaredNameAndVersionNotTheClassName() {
        assertThat(EventTypes.logicalTypeOf(SchoolRegistered.class)).isEqualTo("eduaid.enrollment.SchoolRegistered.v1");
    }

    @Test
    void everyEventIsARecordWithAnEventTypeOnExactlyOneTopic() {
        Set<Class<?>> seen = new HashSet<>();
        for (TopicSpec topic : EventCatalog.TOPICS) {
            for (Class<?> event : topic.events()) {
                assertThat(event.isRecord()).as(event + " is a record").isTrue();
                assertThat(event.getAnnotation(EventType.class)).as(event + " has @EventType").isNotNull();
                assertThat(seen.add(event)).as(event + " is on one topic only").isTrue();
                assertThat(EventCatalog.topicOf(event)).isSameAs(topic);
            }
        }
    }

    @Test
    void logicalTypesAreUniqueAndPastTense() {
        assertThat(EventCatalog.eventsByLogicalType()).hasSize(
                (int) EventCatalog.TOPICS.stream().mapToLong(t -> t.events().size()).sum());
        EventCatalog.eventsByLogicalType().keySet()
                .forEach(type -> assertThat(type).matches("eduaid\\.[a-z]+\\.[A-Z][A-Za-z]+(ed|wn)\\.v\\d+"));
    }

    @Test
    void topicNamesAreUniqueAndEachHasOneProducer() {
        List<TopicSpec> all = new ArrayList<>(EventCatalog.TOPICS);
        all.addAll(EventCatalog.INBOUND_TOPICS);
        assertThat(all.stream().map(TopicSpec::name).distinct().count()).isEqualTo(all.size());
        EventCatalog.TOPICS.forEach(topic -> assertThat(topic.producer()).endsWith("-service"));
    }

    @Test
    void eachOutsideSystemWritesOneInboundTopicOfItsOwn() {
        assertThat(EventCatalog.INBOUND_TOPICS).extracting(TopicSpec::name, TopicSpec::producer).containsExactly(
                tuple("eduaid.inbound.poverty-registry", "poverty-registry"),
                tuple("eduaid.inbound.civil-affairs", "civil-affairs"),
                tuple("eduaid.inbound.disability-certificates", "disability-federation"),
                tuple("eduaid.inbound.population-registry", "population-registry"));
        EventCatalog.INBOUND_TOPICS.forEach(topic -> {
            assertThat(topic.name()).startsWith("eduaid.inbound.");
            assertThat(topic.producer()).doesNotEndWith("-service");
            assertThat(topic.description()).isNotBlank();
        });
    }

    @Test
    void everyTopicHasItsEventsModelledAndInboundTypesAreNamedAfterTheirSystem() {
        assertThat(EventCatalog.INBOUND_TOPICS).noneMatch(TopicSpec::awaitsMessageSchemas);
        assertThat(EventCatalog.TOPICS).noneMatch(TopicSpec::awaitsMessageSchemas);
        EventCatalog.INBOUND_TOPICS.forEach(topic -> topic.events().forEach(event -> {
            assertThat(event.isRecord()).as(event + " is a record").isTrue();
            assertThat(EventTypes.logicalTypeOf(event))
                    .matches("gov\\." + topic.producer() + "\\.[A-Z][A-Za-z]+(ed|In|Out)\\.v\\d+");
        }));
    }

    @Test
    void enrollmentServiceReadsEveryInboundTopicInAGroupOfItsOwn() {
        EventCatalog.INBOUND_TOPICS.forEach(topic -> assertThat(topic.subscriptions())
                .singleElement()
                .satisfies(subscription -> {
                    assertThat(subscription.service()).isEqualTo("enrollment-service");
                    assertThat(subscription.group()).startsWith("enrollment-");
                }));
    }

    @Test
    void anEventOutsideTheCatalogueIsRejected() {
        assertThatThrownBy(() -> EventCatalog.topicOf(String.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTypes.logicalTypeOf(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadLetterTopicIsNamedPerTopicAndGroup() {
        assertThat(Topics.deadLetterTopic("eduaid.enrollment.schools", "reporting-school-figures"))
                .isEqualTo("eduaid.enrollment.schools.reporting-school-figures.dlq");
    }
}
