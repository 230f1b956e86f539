package org.eduaid.systemtests.asyncapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * JSON Schema of an event payload, derived from its record components the way the kit's EventJson
 * writes them (java.time values as ISO-8601 strings). A type without a mapping fails the build
 * rather than being documented wrongly.
 */
final class PayloadSchemas {

    private PayloadSchemas() {
    }

    /**
     * Primitive components are required: a reader rejects a payload missing one. Unknown properties
     * stay allowed, since contracts only ever grow.
     */
    static Map<String, Object> of(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record.getName() + " is not a record");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.put(component.getName(), schemaOf(component.getGenericType()));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("properties", properties);
        return schema;
    }

    static Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Map<String, Object> array = typed("array");
            if (Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            array.put("items", schemaOf(generic.getActualTypeArguments()[0]));
            return array;
        }
        if (!(type instanceof Class<?> c)) {
            throw unmapped(type);
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return typed("string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return typed("boolean");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
                || c == Byte.class) {
            return typed("integer", "int32");
        }
        if (c == long.class || c == Long.class) {
            return typed("integer", "int64");
        }
        if (c == BigInteger.class) {
            return typed("integer");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return typed("number");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return typed("string", "date-time");
        }
        if (c == LocalDate.class) {
            return typed("string", "date");
        }
        if (c == UUID.class) {
            return typed("string", "uuid");
        }
        if (c.isEnum()) {
            Map<String, Object> schema = typed("string");
            schema.put("enum", Arrays.stream(c.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList());
            return schema;
        }
        if (c.isRecord()) {
            return of(c);
        }
        throw unmapped(type);
    }

    private static Map<String, Object> typed(String type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        return schema;
    }

    private static Map<String, Object> typed(String type, String format) {
        Map<String, Object> schema = typed(type);
        schema.put("format", format);
        return schema;
    }

    private static IllegalArgumentException unmapped(Type type) {
        return new IllegalArgumentException("no JSON schema for " + type.getTypeName()
                + " in an event payload; map it in " + PayloadSchemas.class.getSimpleName());
    }
}
