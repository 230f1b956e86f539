package org.eduaid.systemtests.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eduaid.systemtests.Yamls;

/**
 * The settings an app reads from its yml files, merged as Spring Boot merges them: every property
 * key flattened ({@code a.b[0].c}) with its raw value, placeholders left as written.
 */
record AppSettings(Map<String, String> properties) {

    AppSettings {
        properties = Map.copyOf(properties);
    }

    /** Reads yml files given lowest precedence first: a later file's value replaces an earlier one's. */
    static AppSettings read(List<Path> files) {
        Map<String, String> merged = new TreeMap<>();
        for (Path file : files) {
            flatten("", Yamls.read(file), merged);
        }
        return new AppSettings(merged);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** A copy with one property set, or removed when {@code value} is null. */
    AppSettings with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(properties);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new AppSettings(changed);
    }

    /** The keys under {@code prefix + "."}, relative to it, with their values. */
    Map<String, String> under(String prefix) {
        Map<String, String> found = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(prefix + ".")) {
                found.put(key.substring(prefix.length() + 1), value);
            }
        });
        return found;
    }

    /**
     * Every {@code ${NAME:default}} the values refer to, nested ones included. Only values that are
     * in effect count: a placeholder in a default the app overrides is not read.
     */
    List<Placeholder> placeholders() {
        return properties.values().stream().flatMap(value -> Placeholder.allIn(value).stream()).distinct().toList();
    }

    /**
     * Whether an environment variable of this name changes the app: it names a placeholder, or it is
     * the environment form of a property key (Spring Boot's relaxed binding).
     */
    boolean isSetBy(String variable) {
        return placeholders().stream().anyMatch(placeholder -> placeholder.name().equals(variable))
                || properties.keySet().stream().anyMatch(key -> environmentForms(key).contains(variable));
    }

    /**
     * The names under which an environment variable sets a property: upper case, {@code .} and
     * {@code [i]} as {@code _}, and {@code -} either dropped (the documented form) or as {@code _}
     * (the legacy form Boot still accepts).
     */
    static Set<String> environmentForms(String key) {
        String upper = key.replaceAll("\\[(\\d+)]", ".$1").toUpperCase(Locale.ROOT).replace('.', '_');
        return Set.copyOf(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }

    /** A {@code ${name}} or {@code ${name:default}} reference inside a value. */
    record Placeholder(String name, Optional<String> defaultValue) {

        static List<Placeholder> allIn(String value) {
            List<Placeholder> found = new ArrayList<>();
            for (int start = value.indexOf("${"); start >= 0; start = value.indexOf("${", start + 2)) {
                int end = closingBrace(value, start + 2);
                if (end < 0) {
                    break;
                }
                String body = value.substring(start + 2, end);
                int colon = body.indexOf(':');
                found.add(colon < 0 ? new Placeholder(body, Optional.empty())
                        : new Placeholder(body.substring(0, colon), Optional.of(body.substring(colon + 1))));
            }
            return found;
        }

        /** The brace that closes the one opened just before {@code from}, skipping nested pairs. */
        private static int closingBrace(String value, int from) {
            int depth = 1;
            for (int i = from; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
