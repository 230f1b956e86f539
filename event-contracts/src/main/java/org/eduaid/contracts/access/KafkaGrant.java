package org.eduaid.contracts.access;

import java.util.Objects;

/**
 * One allow rule: {@code principal} may perform {@code operation} on the topic or consumer group
 * named exactly {@code name} (a literal name, never a prefix or a wildcard).
 *
 * @param principal the user name, e.g. {@code subsidy-service}; Kafka sees it as {@code User:subsidy-service}
 */
public record KafkaGrant(String principal, KafkaResource resource, String name, KafkaOperation operation)
        implements Comparable<KafkaGrant> {

    public KafkaGrant {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operation, "operation");
    }

    /** The principal as Kafka's authorizer names it. */
    public String kafkaPrincipal() {
        return KafkaAccessPolicy.kafkaPrincipal(principal);
    }

    @Override
    public int compareTo(KafkaGrant other) {
        int byPrincipal = principal.compareTo(other.principal);
        if (byPrincipal != 0) {
            return byPrincipal;
        }
        int byResource = resource.compareTo(other.resource);
        if (byResource != 0) {
            return byResource;
        }
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : operation.compareTo(other.operation);
    }

    @Override
    public String toString() {
        return kafkaPrincipal() + " " + operation + " " + resource + " " + name;
    }
}
