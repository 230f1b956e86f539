package org.eduaid.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** One {@code --name=value} argument of a benchmark's command line. */
public record CommandLineOption(String name, String value) {

    /** The arguments, each {@code --name=value}; anything else is refused. */
    public static List<CommandLineOption> of(String... args) {
        return Arrays.stream(args).map(CommandLineOption::parse).toList();
    }

    private static CommandLineOption parse(String arg) {
        String[] option = arg.split("=", 2);
        if (option.length != 2) {
            throw new IllegalArgumentException("expected --name=value, got " + arg);
        }
        return new CommandLineOption(option[0], option[1]);
    }

    /** The refusal of an option the benchmark does not know, naming the ones it does. */
    public IllegalArgumentException unknown(String known) {
        return new IllegalArgumentException("unknown option " + name + "; known: " + known);
    }

    /** The value as a duration: {@code 500ms}, {@code 10s}, {@code 2m}, or a plain number of seconds. */
    public Duration durationValue() {
        return OptionValues.duration(name, value);
    }
}
