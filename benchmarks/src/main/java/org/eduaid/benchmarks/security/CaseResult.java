package org.eduaid.benchmarks.security;

import java.util.List;

/**
 * One measured case: a configuration, a path, its measured run, the CPU time the apps spent per request
 * (their idle CPU, also shown, subtracted),
 * and what went wrong in its warm-up.
 */
record CaseResult(SecurityMode mode, RequestPath path, LoadResult load, AppCpu cpuPerRequest, AppCpu.CpuShare idleCpu, long warmUpErrors,
        List<String> warmUpErrorSamples) {

    CaseResult {
        warmUpErrorSamples = List.copyOf(warmUpErrorSamples);
    }

    long errors() {
        return load.errors() + warmUpErrors;
    }
}
