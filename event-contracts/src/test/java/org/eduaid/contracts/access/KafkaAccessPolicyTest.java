package org.eduaid.contracts.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eduaid.contracts.access.KafkaOperation.CREATE;
import static org.eduaid.contracts.access.KafkaOperation.DESCRIBE;
import static org.eduaid.contracts.access.KafkaOperation.READ;
import static org.eduaid.contracts.access.KafkaOperation.WRITE;
import static org.eduaid.contracts.access.KafkaResource.GROUP;
import static org.eduaid.contracts.access.KafkaResource.TOPIC;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.Topics;
import org.junit.jupiter.api.Test;

class KafkaAccessPolicyTest {

    private static final String SCHOOLS = Topics.ENROLLMENT_SCHOOLS;
    private static final String POPULATION = Topics.INBOUND_POPULATION_REGISTRY;

    private final KafkaAccessPolicy policy = KafkaAccessPolicy.catalogue();

    @Test
    void theProducerWritesDescribesAndCreatesItsTopicOnly() {
        assertThat(policy.grantsOf("enrollment-service")).contains(
                new KafkaGrant("enrollment-service", TOPIC, SCHOOLS, WRITE),
                new KafkaGrant("enrollment-service", TOPIC, SCHOOLS, CREATE),
                new KafkaGrant("enrollment-service", TOPIC, SCHOOLS, DESCRIBE));
        assertThat(policy.grantsOf("enrollment-service"))
                .filteredOn(grant -> grant.operation() == WRITE && grant.resource() == TOPIC)
                .extracting(KafkaGrant::name)
                .allMatch(topic -> topic.startsWith("eduaid.enrollment.") || topic.endsWith(".dlq"));
    }

    @Test
    void aSubscriberReadsTheTopicAsItsGroupAndOwnsTheGroupsDeadLetterTopic() {
        String deadLetters = Topics.deadLetterTopic(SCHOOLS, "subsidy-school-directory");
        assertThat(policy.grantsOf("subsidy-service")).contains(
                new KafkaGrant("subsidy-service", TOPIC, SCHOOLS, READ),
                new KafkaGrant("subsidy-service", TOPIC, SCHOOLS, DESCRIBE),
                new KafkaGrant("subsidy-service", TOPIC, deadLetters, WRITE),
                new KafkaGrant("subsidy-service", TOPIC, deadLetters, CREATE),
                new KafkaGrant("subsidy-service", TOPIC, deadLetters, DESCRIBE),
                new KafkaGrant("subsidy-service", GROUP, "subsidy-school-directory", READ));
    }

    @Test
    void anOutsideSystemMayWriteAndDescribeItsOwnInboundTopicAndNothingElse() {
        assertThat(policy.grantsOf("population-registry")).containsExactly(
                new KafkaGrant("population-registry", TOPIC, POPULATION, WRITE),
                new KafkaGrant("population-registry", TOPIC, POPULATION, DESCRIBE));
        assertThat(policy.allows("population-registry", TOPIC, POPULATION, CREATE)).isFalse();
        assertThat(policy.allows("population-registry", TOPIC, Topics.INBOUND_CIVIL_AFFAIRS, WRITE)).isFalse();
        assertThat(policy.allows("population-registry", TOPIC, SCHOOLS, WRITE)).isFalse();
        assertThat(policy.allows("population-registry", TOPIC, SCHOOLS, READ)).isFalse();
    }

    @Test
    void noServiceMayWriteAnotherServicesTopicOrAnInboundTopicNorReadAnotherServicesGroup() {
        assertThat(policy.allows("subsidy-service", TOPIC, SCHOOLS, WRITE)).isFalse();
        assertThat(policy.allows("enrollment-service", TOPIC, POPULATION, WRITE)).isFalse();
        assertThat(policy.allows("teacher-service", GROUP, "subsidy-school-directory", READ)).isFalse();
        assertThat(policy.allows("teacher-service", TOPIC,
                Topics.deadLetterTopic(SCHOOLS, "subsidy-school-directory"), WRITE)).isFalse();
    }

    @Test
    void everyTopicAndGroupOfTheCatalogueIsCoveredAndNothingElseIsGranted() {
        Set<String> topics = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        long expected = 0;
        for (TopicSpec topic : EventCatalog.TOPICS) {
            expected += 3;
            topics.add(topic.name());
            expected += subscriptions(topic, topics, groups);
        }
        for (TopicSpec topic : EventCatalog.INBOUND_TOPICS) {
            expected += 2;
            topics.add(topic.name());
            expected += subscriptions(topic, topics, groups);
        }

        assertThat(policy.grants()).hasSize((int) expected);
        assertThat(policy.grants()).filteredOn(grant -> grant.resource() == TOPIC)
                .extracting(KafkaGrant::name).containsOnlyElementsOf(topics);
        assertThat(policy.grants()).filteredOn(grant -> grant.resource() == GROUP)
                .extracting(KafkaGrant::name).containsOnlyElementsOf(groups);
    }

    /** Each subscription: READ and DESCRIBE on the topic, READ on the group, three on the dead-letter topic. */
    private static long subscriptions(TopicSpec topic, Set<String> topics, Set<String> groups) {
        for (Subscription subscription : topic.subscriptions()) {
            groups.add(subscription.group());
            topics.add(Topics.deadLetterTopic(topic.name(), subscription.group()));
        }
        return 6L * topic.subscriptions().size();
    }

    @Test
    void principalsAreTheServicesAndTheOutsideSystemsButNotTheAdmin() {
        assertThat(policy.services()).containsExactly("enrollment-service", "reporting-service", "subsidy-service",
                "teacher-service");
        assertThat(policy.externalSystems()).containsExactly("civil-affairs", "disability-federation",
                "population-registry", "poverty-registry");
        assertThat(policy.principals()).hasSize(8).doesNotContain(KafkaAccessPolicy.ADMIN);
        assertThat(new KafkaGrant("teacher-service", GROUP, "g", READ).kafkaPrincipal()).isEqualTo("User:teacher-service");
    }

    @Test
    void aNewSubscriptionBringsItsGrantsWithIt() {
        TopicSpec population = new TopicSpec(POPULATION, "population-registry", "births", List.of(),
                List.of(new Subscription("enrollment-service", "enrollment-school-age-roster")));
        KafkaAccessPolicy extended = KafkaAccessPolicy.of(EventCatalog.TOPICS, List.of(population));

        assertThat(extended.allows("enrollment-service", TOPIC, POPULATION, READ)).isTrue();
        assertThat(extended.allows("enrollment-service", GROUP, "enrollment-school-age-roster", READ)).isTrue();
        assertThat(extended.allows("enrollment-service", TOPIC,
                POPULATION + ".enrollment-school-age-roster.dlq", WRITE)).isTrue();
        assertThat(extended.allows("enrollment-service", TOPIC, POPULATION, WRITE)).isFalse();
    }

    @Test
    void refusesAPrincipalThatWouldBeBothAServiceAndAnOutsideSystemOrTheAdmin() {
        TopicSpec writtenByAService = new TopicSpec(POPULATION, "enrollment-service", "x", List.of(), List.of());
        assertThatThrownBy(() -> KafkaAccessPolicy.of(EventCatalog.TOPICS, List.of(writtenByAService)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enrollment-service");

        TopicSpec writtenByTheAdmin = new TopicSpec(POPULATION, KafkaAccessPolicy.ADMIN, "x", List.of(), List.of());
        assertThatThrownBy(() -> KafkaAccessPolicy.of(EventCatalog.TOPICS, List.of(writtenByTheAdmin)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("admin");

        TopicSpec oddName = new TopicSpec(POPULATION, "Population Registry", "x", List.of(), List.of());
        assertThatThrownBy(() -> KafkaAccessPolicy.of(EventCatalog.TOPICS, List.of(oddName)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Population Registry");
    }
}
