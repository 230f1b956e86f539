package org.eduaid.benchmarks.security;

import java.util.Optional;

/**
 * The personal-data cost measured in the benchmark's own JVM and, when the benchmark runs from its
 * jar, in a child JVM with the services' options. The estimate uses the latter: it is what a service
 * would pay.
 */
record PersonalDataFigures(PersonalDataCost.Measurement benchmarkJvm, String benchmarkJvmOptions,
        Optional<PersonalDataCost.Measurement> servicesJvm) {

    long perLookupNanos() {
        return servicesJvm.orElse(benchmarkJvm).medianNanos();
    }
}
