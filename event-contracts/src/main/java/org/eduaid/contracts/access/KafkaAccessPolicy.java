package org.eduaid.contracts.access;

import static org.eduaid.contracts.access.KafkaOperation.CREATE;
import static org.eduaid.contracts.access.KafkaOperation.DESCRIBE;
import static org.eduaid.contracts.access.KafkaOperation.READ;
import static org.eduaid.contracts.access.KafkaOperation.WRITE;
import static org.eduaid.contracts.access.KafkaResource.GROUP;
import static org.eduaid.contracts.access.KafkaResource.TOPIC;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.Topics;

/**
 * Who may do what on Kafka, derived from the event catalogue alone, so that a new topic or
 * subscription brings its grants with it and nothing else is ever allowed:
 * <ul>
 * <li>a service (principal {@code User:<spring.application.name>}) may WRITE, DESCRIBE and CREATE the
 * topics it produces; READ and DESCRIBE the topics it subscribes to; READ its consumer groups; and
 * WRITE, DESCRIBE and CREATE the dead-letter topic {@code <topic>.<group>.dlq} of each group;</li>
 * <li>an outside government system may WRITE and DESCRIBE its own inbound topic, nothing more.</li>
 * </ul>
 * Nothing is granted on the cluster: idempotent producers need WRITE on a topic only (Kafka 3.2 and
 * later, KIP-679), and the topics consumers and outside systems need are created beforehand by the
 * platform's admin ({@link #ADMIN}, a super user that holds no grants here).
 */
public final class KafkaAccessPolicy {

    /** The platform's own principal: the brokers' inter-broker identity and the tool that sets up users, ACLs and topics. */
    public static final String ADMIN = "eduaid-admin";

    private static final String USER = "User:";
    /** Fits a SCRAM user name, a file name and a shell word unquoted. */
    private static final Pattern PRINCIPAL_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final KafkaAccessPolicy CATALOGUE = of(EventCatalog.TOPICS, EventCatalog.INBOUND_TOPICS);

    private final SortedSet<KafkaGrant> grants;
    private final SortedSet<String> services;
    private final SortedSet<String> externalSystems;

    private KafkaAccessPolicy(SortedSet<KafkaGrant> grants, SortedSet<String> services, SortedSet<String> externalSystems) {
        this.grants = Collections.unmodifiableSortedSet(grants);
        this.services = Collections.unmodifiableSortedSet(services);
        this.externalSystems = Collections.unmodifiableSortedSet(externalSystems);
    }

    /** The policy of {@link EventCatalog}. */
    public static KafkaAccessPolicy catalogue() {
        return CATALOGUE;
    }

    /**
     * The policy of a catalogue: {@code serviceTopics} are written by services, {@code inboundTopics}
     * by outside systems.
     *
     * @throws IllegalArgumentException if one principal would be both a service and an outside system,
     *         or takes the admin's name, or is no plain lower-case name
     */
    public static KafkaAccessPolicy of(List<TopicSpec> serviceTopics, List<TopicSpec> inboundTopics) {
        SortedSet<KafkaGrant> grants = new TreeSet<>();
        SortedSet<String> services = new TreeSet<>();
        SortedSet<String> externalSystems = new TreeSet<>();
        for (TopicSpec topic : serviceTopics) {
            services.add(topic.producer());
            grant(grants, topic.producer(), TOPIC, topic.name(), WRITE, DESCRIBE, CREATE);
            grantSubscriptions(grants, services, topic);
        }
        for (TopicSpec topic : inboundTopics) {
            externalSystems.add(topic.producer());
            // the platform creates inbound topics: an outside system may not create, let alone mistype, one
            grant(grants, topic.producer(), TOPIC, topic.name(), WRITE, DESCRIBE);
            grantSubscriptions(grants, services, topic);
        }
        checkPrincipals(services, externalSystems);
        return new KafkaAccessPolicy(grants, services, externalSystems);
    }

    private static void grantSubscriptions(Set<KafkaGrant> grants, Set<String> services, TopicSpec topic) {
        for (Subscription subscription : topic.subscriptions()) {
            String service = subscription.service();
            services.add(service);
            // DESCRIBE as well as READ: the binder describes the topic it binds before consuming
            grant(grants, service, TOPIC, topic.name(), READ, DESCRIBE);
            grant(grants, service, GROUP, subscription.group(), READ);
            grant(grants, service, TOPIC, Topics.deadLetterTopic(topic.name(), subscription.group()),
                    WRITE, DESCRIBE, CREATE);
        }
    }

    private static void grant(Set<KafkaGrant> grants, String principal, KafkaResource resource, String name,
            KafkaOperation... operations) {
        for (KafkaOperation operation : operations) {
            grants.add(new KafkaGrant(principal, resource, name, operation));
        }
    }

    private static void checkPrincipals(Set<String> services, Set<String> externalSystems) {
        Set<String> both = new TreeSet<>(services);
        both.retainAll(externalSystems);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(both + " would be both a service and an outside system");
        }
        Set<String> all = new TreeSet<>(services);
        all.addAll(externalSystems);
        for (String principal : all) {
            if (principal.equals(ADMIN)) {
                throw new IllegalArgumentException(ADMIN + " is the platform's admin and cannot produce or subscribe");
            }
            if (!PRINCIPAL_NAME.matcher(principal).matches()) {
                throw new IllegalArgumentException("'" + principal + "' is no valid principal name (" + PRINCIPAL_NAME + ")");
            }
        }
    }

    /** Kafka's name of a principal, e.g. {@code User:subsidy-service}. */
    public static String kafkaPrincipal(String principal) {
        return USER + principal;
    }

    /** Every grant, ordered by principal, resource, name and operation. */
    public SortedSet<KafkaGrant> grants() {
        return grants;
    }

    /** The grants of one principal; none for a principal the catalogue does not know. */
    public SortedSet<KafkaGrant> grantsOf(String principal) {
        SortedSet<KafkaGrant> own = new TreeSet<>();
        grants.stream().filter(grant -> grant.principal().equals(principal)).forEach(own::add);
        return Collections.unmodifiableSortedSet(own);
    }

    /** Whether exactly this grant exists; nothing is implied (unlike Kafka, where READ implies DESCRIBE). */
    public boolean allows(String principal, KafkaResource resource, String name, KafkaOperation operation) {
        return grants.contains(new KafkaGrant(principal, resource, name, operation));
    }

    /** Every principal that needs Kafka credentials: services and outside systems, not the admin. */
    public SortedSet<String> principals() {
        SortedSet<String> all = new TreeSet<>(services);
        all.addAll(externalSystems);
        return Collections.unmodifiableSortedSet(all);
    }

    public SortedSet<String> services() {
        return services;
    }

    public SortedSet<String> externalSystems() {
        return externalSystems;
    }
}
