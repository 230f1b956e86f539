package org.eduaid.systemtests.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No secret is written in docker-compose.yml: each password and client secret is a required variable
 * ({@code ${NAME:?...}}, so compose refuses to start without it), and .env.example lists exactly the
 * variables the file uses, with every required one left empty for the operator to fill.
 */
final class SecretRules {

    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?[^}]*}");
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET)");
    /** A password inside a value, e.g. in a JAAS configuration: {@code password="..."}, {@code user_x="..."}. */
    private static final Pattern EMBEDDED_PASSWORD = Pattern.compile("(?:password|user_[\\w-]+)=\"([^\"]*)\"");

    private SecretRules() {
    }

    static void check(Platform platform, List<String> violations) {
        Set<String> required = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        for (ComposeService service : platform.compose().services().values()) {
            service.environment().forEach((variable, value) -> checkNotLiteral(service, variable, value, violations));
            for (String text : texts(service.definition())) {
                collect(REQUIRED, text, required);
                collect(REFERENCE, text, referenced);
            }
        }
        Map<String, String> documented = platform.envExample();
        for (String variable : required) {
            if (!documented.containsKey(variable)) {
                violations.add(Platform.ENV_EXAMPLE + ": lacks " + variable + ", which docker-compose.yml requires");
            } else if (!documented.get(variable).isEmpty()) {
                violations.add(Platform.ENV_EXAMPLE + ": gives " + variable
                        + " a value; secrets are for each operator to choose, never in the repository");
            }
        }
        documented.keySet().stream().filter(variable -> !referenced.contains(variable)).forEach(variable ->
                violations.add(Platform.ENV_EXAMPLE + ": lists " + variable + ", which docker-compose.yml does not use"));
    }

    private static void checkNotLiteral(ComposeService service, String variable, String value, List<String> violations) {
        if (SECRET_NAME.matcher(variable).matches() && !REQUIRED.matcher(value).matches()) {
            violations.add(service.name() + ": " + variable + " is written in the file; a secret comes from a required "
                    + "variable, ${NAME:?...}, set in .env");
        }
        Matcher embedded = EMBEDDED_PASSWORD.matcher(value);
        while (embedded.find()) {
            if (!REQUIRED.matcher(embedded.group(1)).matches()) {
                violations.add(service.name() + ": " + variable + " holds a password written in the file; use a "
                        + "required variable, ${NAME:?...}, set in .env");
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** Every text in a service's definition: keys and values at any depth. */
    private static List<String> texts(Object node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                texts.add(String.valueOf(key));
                texts.addAll(texts(value));
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> texts.addAll(texts(item)));
        } else if (node != null) {
            texts.add(String.valueOf(node));
        }
        return texts;
    }
}
