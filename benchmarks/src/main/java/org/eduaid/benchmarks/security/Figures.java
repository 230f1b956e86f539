package org.eduaid.benchmarks.security;

import java.util.OptionalLong;

/**
 * A row's numbers: measured, or estimated from a measured row plus work per request that is known
 * only from an in-process measurement (the personal data, until students exist).
 *
 * @param maxMicros          empty for an estimate: a maximum cannot be estimated
 * @param cpuMicrosPerRequest CPU time of the apps on the request's path (gateway and service, or the
 *                           service alone) per answered request, less their idle CPU
 */
record Figures(double perSecond, long p50Micros, long p99Micros, OptionalLong maxMicros, double cpuMicrosPerRequest,
        boolean estimate) {

    static Figures measured(LoadResult load, double cpuMicrosPerRequest) {
        LatencySummary latency = load.latency();
        return new Figures(load.perSecond(), latency.p50Micros(), latency.p99Micros(),
                OptionalLong.of(latency.maxMicros()), cpuMicrosPerRequest, false);
    }

    /** The CPU of the apps on the case's path: the gateway's counts only when the request went through it. */
    static Figures measured(CaseResult result) {
        double cpu = result.cpuPerRequest().serviceMicros()
                + (result.path() == RequestPath.GATEWAY ? result.cpuPerRequest().gatewayMicros() : 0);
        return measured(result.load(), cpu);
    }

    /**
     * This row with {@code addedNanos} more CPU work per request: on the latencies and the CPU time as
     * such; on the throughput as a closed loop feels it, where a fixed number of clients each wait one
     * mean latency per request (Little's law), so requests/s shrink by mean / (mean + added).
     */
    Figures withAddedWork(double meanMicros, long addedNanos) {
        double addedMicros = addedNanos / 1_000.0;
        return new Figures(perSecond * meanMicros / (meanMicros + addedMicros), p50Micros + Math.round(addedMicros),
                p99Micros + Math.round(addedMicros), OptionalLong.empty(), cpuMicrosPerRequest + addedMicros, true);
    }

    /** This row's throughput as a share of {@code off}'s: 0.8 means 20 % fewer requests per second. */
    double throughputVs(Figures off) {
        return perSecond / off.perSecond;
    }

    /** This row's p99 as a multiple of {@code off}'s. */
    double p99Vs(Figures off) {
        return (double) p99Micros / off.p99Micros;
    }

    /** This row's CPU time per request as a multiple of {@code off}'s. */
    double cpuVs(Figures off) {
        return cpuMicrosPerRequest / off.cpuMicrosPerRequest;
    }
}
