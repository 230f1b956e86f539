package org.eduaid.kit.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

/** Where the service's Kafka is and how it signs in: the start of every Kafka client's settings. */
public record KafkaConnection(String bootstrapServers, KafkaClientSecurity security) {

    /** A broker without security, e.g. a test broker. */
    public static KafkaConnection plaintext(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, KafkaClientSecurity.plaintext());
    }

    /** Bootstrap servers and security settings; a client adds its own settings to a copy. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.putAll(security.clientProperties());
        return config;
    }
}
