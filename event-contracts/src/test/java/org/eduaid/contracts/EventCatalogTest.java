package org.eduaid.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
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
                .forEach(type -> assertThat(type).matches("eduaid\\.[a-z]+\\.[A-Z][A-Za-z]+ed\\.v\\d+"));
    }

    @Test
    void topicNamesAreUniqueAndEachHasOneProducer() {
        assertThat(EventCatalog.TOPICS.stream().map(TopicSpec::name).distinct().count()).isEqualTo(EventCatalog.TOPICS.size());
        EventCatalog.TOPICS.forEach(topic -> assertThat(topic.producer()).endsWith("-service"));
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
