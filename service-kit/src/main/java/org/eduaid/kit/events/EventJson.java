package org.eduaid.kit.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads, independent of each application's web JSON settings:
 * ISO-8601 instants, unknown fields ignored (contracts only ever grow), missing primitives rejected.
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public byte[] write(Object event) {
        return mapper.writeValueAsBytes(event);
    }

    /** @throws JacksonException when the bytes are not a valid document of that type */
    public <T> T read(byte[] json, Class<T> type) {
        return mapper.readValue(json, type);
    }
}
