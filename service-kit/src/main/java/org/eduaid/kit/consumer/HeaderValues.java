package org.eduaid.kit.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads a record header as text: the binder hands raw headers over as bytes, mapped ones as strings. */
final class HeaderValues {

    private HeaderValues() {
    }

    static String text(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
