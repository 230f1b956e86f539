package org.eduaid.contracts.access;

/** The kinds of Kafka resource the platform grants access to; nothing is granted on the cluster. */
public enum KafkaResource {
    TOPIC,
    GROUP
}
