package org.eduaid.benchmarks.importing;

/** Something that leaves the run without a measurement: the service refused or lost the import. */
final class BenchmarkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchmarkFailure(String message) {
        super(message);
    }

    BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
