package org.eduaid.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.contracts.access.KafkaGrant;
import org.eduaid.contracts.access.KafkaLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the embedded broker's users, ACLs and topics to what the event catalogue says, on every
 * start, signed in as the admin: a SCRAM credential per principal with its current password (so a
 * password changed in the platform secrets takes effect), exactly the {@link KafkaAccessPolicy}'s
 * ACLs (a grant the catalogue dropped is revoked, so is the credential of a principal it dropped),
 * and every topic of the catalogue, as docker-compose.yml's kafka-init does, since neither outside
 * systems nor consumers may create one.
 */
final class EmbeddedKafkaAccess {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaAccess.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** As the services create their dead-letter topics (KAFKA_DEAD_LETTER_RETENTION_MS). */
    private static final String DEAD_LETTER_RETENTION_MS = Long.toString(Duration.ofDays(90).toMillis());
    private static final String FOREVER = "-1";
    private static final int PARTITIONS = 6;
    private static final String ANY_HOST = "*";
    private static final ScramCredentialInfo SCRAM = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512,
            KafkaStorage.SCRAM_ITERATIONS);

    private final KafkaAccessPolicy policy;
    private final KafkaCredentials credentials;
    private final String bootstrapServers;

    EmbeddedKafkaAccess(KafkaAccessPolicy policy, KafkaCredentials credentials, String bootstrapServers) {
        this.policy = policy;
        this.credentials = credentials;
        this.bootstrapServers = bootstrapServers;
    }

    /** Whether the broker takes the admin's password from the platform secrets: false on a directory formatted without it, or after it was changed. */
    boolean adminSignsIn() {
        try {
            return signsIn(KafkaAccessPolicy.ADMIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing in to Kafka", e);
        }
    }

    /**
     * Stores the admin's SCRAM credential, signed in with PLAIN, which a broker started with
     * {@code adminPlainLogin} accepts from the admin alone, checked against its own configuration.
     */
    void writeAdminCredential() {
        try (Admin admin = admin(credentials.adminPlain())) {
            admin.alterUserScramCredentials(List.of(upsertion(KafkaAccessPolicy.ADMIN)))
                    .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing the admin's Kafka credential", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not store the admin's Kafka credential: " + e.getMessage(), e);
        }
    }

    /** Applies users, ACLs and topics, and returns once the broker enforces them. */
    void apply() {
        try (Admin admin = admin(credentials.scram(KafkaAccessPolicy.ADMIN))) {
            Set<AclBinding> acls = reconcileAcls(admin);
            writeCredentials(admin);
            deleteCredentialsOfFormerPrincipals(admin);
            createMissingTopics(admin);
            awaitEnforced(admin, acls);
            log.info("Kafka access set up: {} principals with SCRAM credentials, {} ACLs", principals().size(), acls.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up Kafka's users and ACLs", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not set up Kafka's users, ACLs and topics: " + e.getMessage(), e);
        }
    }

    /** Creates the policy's missing ACLs and deletes every other one; returns the policy's. */
    private Set<AclBinding> reconcileAcls(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Set<AclBinding> wanted = new HashSet<>();
        policy.grants().forEach(grant -> wanted.add(aclOf(grant)));
        Set<AclBinding> existing = new HashSet<>(describeAcls(admin));
        List<AclBinding> missing = wanted.stream().filter(acl -> !existing.contains(acl)).toList();
        List<AclBindingFilter> surplus = existing.stream().filter(acl -> !wanted.contains(acl)).map(AclBinding::toFilter)
                .toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!surplus.isEmpty()) {
            admin.deleteAcls(surplus).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Revoked {} ACLs the event catalogue does not grant", surplus.size());
        }
        return wanted;
    }

    /** Every principal's credential with its current password; a new salt each time, the same password. */
    private void writeCredentials(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        principals().forEach(principal -> upserts.add(upsertion(principal)));
        admin.alterUserScramCredentials(upserts).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An outside system taken off the catalogue cannot sign in any more. */
    private void deleteCredentialsOfFormerPrincipals(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<String> principals = principals();
        List<UserScramCredentialAlteration> deletions = new ArrayList<>();
        admin.describeUserScramCredentials().users().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).stream()
                .filter(user -> !principals.contains(user)).sorted()
                .forEach(user -> deletions.add(new UserScramCredentialDeletion(user, ScramMechanism.SCRAM_SHA_512)));
        if (!deletions.isEmpty()) {
            admin.alterUserScramCredentials(deletions).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Deleted the Kafka credentials of {} principals the event catalogue does not have", deletions.size());
        }
    }

    private void createMissingTopics(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicSpec> all = new ArrayList<>(EventCatalog.TOPICS);
        all.addAll(EventCatalog.INBOUND_TOPICS);
        Map<String, String> retentionByTopic = new LinkedHashMap<>();
        for (TopicSpec topic : all) {
            retentionByTopic.put(topic.name(), FOREVER);
            for (Subscription subscription : topic.subscriptions()) {
                retentionByTopic.put(Topics.deadLetterTopic(topic.name(), subscription.group()), DEAD_LETTER_RETENTION_MS);
            }
        }
        List<NewTopic> topics = new ArrayList<>();
        retentionByTopic.forEach((name, retention) -> topics.add(new NewTopic(name, PARTITIONS, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, retention))));
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
            try {
                result.getValue().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                created.add(result.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        if (!created.isEmpty()) {
            log.info("Created topics {}", created);
        }
    }

    /**
     * The controller has stored it all; the broker applies it a moment later. Apps start right after
     * this, so wait until the broker takes every current password and holds every ACL.
     */
    private void awaitEnforced(Admin admin, Set<AclBinding> acls)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (String principal : principals()) {
            while (!signsIn(principal)) {
                pauseBefore(deadline, "the broker did not take " + principal + "'s current password");
            }
        }
        while (!new HashSet<>(describeAcls(admin)).equals(acls)) {
            pauseBefore(deadline, "the broker did not enforce the access policy's ACLs");
        }
    }

    private boolean signsIn(String principal) throws InterruptedException {
        try (Admin admin = admin(credentials.scram(principal))) {
            admin.describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SaslAuthenticationException) {
                return false;
            }
            throw new IllegalStateException("Could not sign in to Kafka as " + principal + ": " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer " + principal + "'s sign-in", e);
        }
    }

    /** Services, outside systems and, last, the admin. */
    private List<String> principals() {
        List<String> principals = new ArrayList<>(policy.principals());
        principals.add(KafkaAccessPolicy.ADMIN);
        return principals;
    }

    private UserScramCredentialUpsertion upsertion(String principal) {
        return new UserScramCredentialUpsertion(principal, SCRAM, credentials.scram(principal).password());
    }

    private Admin admin(KafkaLogin login) {
        Map<String, Object> config = new LinkedHashMap<>(KafkaCredentials.clientSecurity(login));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "eduaid-launcher-" + login.username());
        return Admin.create(config);
    }

    private static Collection<AclBinding> describeAcls(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeAcls(AclBindingFilter.ANY).values().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Between polls of a broker that is a few metadata records behind its controller. */
    private static void pauseBefore(long deadline, String failure) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Kafka access set up, but " + failure + " within " + TIMEOUT.toSeconds() + " s");
        }
        TimeUnit.MILLISECONDS.sleep(50);
    }

    static AclBinding aclOf(KafkaGrant grant) {
        ResourceType type = switch (grant.resource()) {
            case TOPIC -> ResourceType.TOPIC;
            case GROUP -> ResourceType.GROUP;
        };
        AclOperation operation = switch (grant.operation()) {
            case READ -> AclOperation.READ;
            case WRITE -> AclOperation.WRITE;
            case CREATE -> AclOperation.CREATE;
            case DESCRIBE -> AclOperation.DESCRIBE;
        };
        return new AclBinding(new ResourcePattern(type, grant.name(), PatternType.LITERAL),
                new AccessControlEntry(grant.kafkaPrincipal(), ANY_HOST, operation, AclPermissionType.ALLOW));
    }
}
