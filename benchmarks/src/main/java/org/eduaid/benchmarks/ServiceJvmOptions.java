package org.eduaid.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The options of a benchmarked service's JVM as the import and subsidy benchmarks take them: its heap
 * ({@code --service-heap}, the {@code -Xmx}) apart from its other options ({@code --java-opts}).
 */
public final class ServiceJvmOptions {

    /** The launcher's options for its child JVMs but the heap, which {@code --service-heap} gives. */
    public static final String DEFAULT_JAVA_OPTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

    private ServiceJvmOptions() {
    }

    /** Refuses a heap that is no JVM heap size, and an {@code -Xmx} among the other options. */
    public static void check(String serviceHeap, List<String> javaOpts) {
        if (!HEAP.matcher(serviceHeap).matches()) {
            throw new IllegalArgumentException("--service-heap must be a JVM heap size such as 512m or 1g, got "
                    + serviceHeap);
        }
        if (javaOpts.stream().anyMatch(option -> option.startsWith("-Xmx"))) {
            throw new IllegalArgumentException("give the service's heap with --service-heap, not -Xmx in --java-opts");
        }
    }

    /** The heap first, then the other options, then {@code more}. */
    public static List<String> of(String serviceHeap, List<String> javaOpts, String... more) {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + serviceHeap);
        options.addAll(javaOpts);
        options.addAll(List.of(more));
        return List.copyOf(options);
    }
}
