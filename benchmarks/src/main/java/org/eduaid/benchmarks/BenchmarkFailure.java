package org.eduaid.benchmarks;

/**
 * Something that leaves a run without a measurement: the service refused or lost the work, or a
 * check of what it did failed. Used by the import and the subsidy benchmarks.
 */
public final class BenchmarkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BenchmarkFailure(String message) {
        super(message);
    }

    public BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
