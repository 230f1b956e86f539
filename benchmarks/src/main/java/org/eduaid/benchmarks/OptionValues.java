package org.eduaid.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the benchmarks' command-line options read durations and lists of JVM options. */
public final class OptionValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    private OptionValues() {
    }

    /** {@code 500ms}, {@code 10s}, {@code 2m}, or a plain number of seconds. */
    public static Duration duration(String option, String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(option + " must be a duration such as 10s, 500ms or 2m, got " + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        switch (unit) {
            case "ms":
                return Duration.ofMillis(amount);
            case "m":
                return Duration.ofMinutes(amount);
            default:
                return Duration.ofSeconds(amount);
        }
    }

    /** Words separated by white space, e.g. {@code --java-opts="-XX:+UseSerialGC -Xss512k"}. */
    public static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }
}
