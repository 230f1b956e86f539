package org.eduaid.kit.privacy.logging;

import java.nio.file.Path;
import java.util.Map;

import org.eduaid.kit.privacy.ResidentIdRedactor;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.json.WritableJson;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks resident ID numbers in every value of Spring Boot's structured JSON log lines (ECS,
 * Logstash, GELF) before they are escaped: message, MDC and key-value pairs, error message and
 * stack trace. Registered in {@code META-INF/spring.factories}, where Spring Boot's structured
 * logging looks for customizers.
 *
 * <p>The {@link RedactingEncoder} masks the written line as well; this pass sees the values
 * unescaped, so an ID number right after a control character (escaped as {@code \u0001}, whose
 * last digit would join the number's digits) is still found.
 */
public final class RedactingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor((ValueProcessor<Object>) (path, value) -> redact(value));
    }

    static Object redact(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Map<?, ?>
                || value instanceof WritableJson || value.getClass().isArray()
                || value instanceof Iterable<?> && !(value instanceof Path)) {
            // containers are written element by element, each element passing through here
            return value;
        }
        String text = value.toString();
        String redacted = ResidentIdRedactor.redact(text);
        return redacted == text ? value : redacted;
    }
}
