package org.eduaid.benchmarks.security;

import java.time.Duration;

/**
 * CPU time the gateway and the service JVMs spent, as the operating system counts it. Divided by the
 * requests of a case, less what the apps burn when idle (relay polls, metrics, timers), it is the
 * cost of one request, which other work on the machine inflates far less than latency and throughput.
 */
record AppCpu(Duration gateway, Duration service) {

    AppCpu since(AppCpu earlier) {
        return new AppCpu(gateway.minus(earlier.gateway), service.minus(earlier.service));
    }

    AppCpu plus(AppCpu other) {
        return new AppCpu(gateway.plus(other.gateway), service.plus(other.service));
    }

    /** This much CPU over {@code length}, less {@code idle} spent over {@code idleLength}, per request. */
    AppCpu perRequest(long requests, Duration length, AppCpu idle, Duration idleLength) {
        double scale = (double) length.toNanos() / idleLength.toNanos();
        return new AppCpu(net(gateway, idle.gateway, scale).dividedBy(requests),
                net(service, idle.service, scale).dividedBy(requests));
    }

    private static Duration net(Duration busy, Duration idle, double scale) {
        Duration net = busy.minusNanos(Math.round(idle.toNanos() * scale));
        return net.isNegative() ? Duration.ZERO : net;
    }

    /** This CPU time spent over {@code length}, as shares of one core (0.05 = 5 %). */
    CpuShare share(Duration length) {
        return new CpuShare((double) gateway.toNanos() / length.toNanos(), (double) service.toNanos() / length.toNanos());
    }

    /** Shares of one core. */
    record CpuShare(double gateway, double service) {
    }

    double gatewayMicros() {
        return gateway.toNanos() / 1_000.0;
    }

    double serviceMicros() {
        return service.toNanos() / 1_000.0;
    }
}
