package org.eduaid.benchmarks.security;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.eduaid.benchmarks.StoreKind;

/**
 * What a reader needs to weigh the numbers: the machine, how busy it was (other processes share its
 * cores and skew every case), the Java and the JVM options the services ran with, and the store.
 */
record SecurityRunEnvironment(String java, int cores, double loadAtStart, double loadAtEnd, String serviceJavaOpts,
        StoreKind store) {

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** More runnable work than cores at either end of the run: other processes competed for them. */
    boolean busy() {
        return Math.max(loadAtStart, loadAtEnd) > cores;
    }

    String describe() {
        return String.format(Locale.ROOT, "Java %s, %d cores, load average %.2f at start and %.2f at end | service and "
                + "gateway JVMs: %s | store: mongo-java-server, %s backend, and a Kafka KRaft broker, both in the "
                + "benchmark's JVM | JWKS: the test kit's TestIdentityProvider", java, cores, loadAtStart, loadAtEnd,
                serviceJavaOpts, store.label());
    }
}
