package org.eduaid.contracts.access;

/** The Kafka operations the platform grants; these four cover producing, consuming and creating topics. */
public enum KafkaOperation {
    READ,
    WRITE,
    CREATE,
    DESCRIBE
}
