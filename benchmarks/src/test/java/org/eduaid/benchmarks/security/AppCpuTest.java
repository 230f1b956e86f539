package org.eduaid.benchmarks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AppCpuTest {

    @Test
    void theIdleCpuOfTheRunsLengthIsSubtractedBeforeDividingByTheRequests() {
        AppCpu busy = new AppCpu(Duration.ofSeconds(3), Duration.ofSeconds(6));
        AppCpu idle = new AppCpu(Duration.ofMillis(100), Duration.ofMillis(250));

        AppCpu perRequest = busy.perRequest(1_000, Duration.ofSeconds(30), idle, Duration.ofSeconds(5));

        assertThat(perRequest.gatewayMicros()).as("(3 s - 6 x 0.1 s) / 1000").isEqualTo(2_400.0);
        assertThat(perRequest.serviceMicros()).as("(6 s - 6 x 0.25 s) / 1000").isEqualTo(4_500.0);
    }

    @Test
    void anIdleGatewayOnTheDirectPathCostsNothingRatherThanANegativeTime() {
        AppCpu busy = new AppCpu(Duration.ofMillis(50), Duration.ofSeconds(6));
        AppCpu idle = new AppCpu(Duration.ofMillis(20), Duration.ZERO);

        assertThat(busy.perRequest(1_000, Duration.ofSeconds(30), idle, Duration.ofSeconds(5)).gatewayMicros()).isZero();
    }

    @Test
    void idleCpuIsShownAsAShareOfOneCore() {
        AppCpu.CpuShare share = new AppCpu(Duration.ofMillis(250), Duration.ofMillis(50)).share(Duration.ofSeconds(5));

        assertThat(share.gateway()).isCloseTo(0.05, within(1e-12));
        assertThat(share.service()).isCloseTo(0.01, within(1e-12));
    }
}
