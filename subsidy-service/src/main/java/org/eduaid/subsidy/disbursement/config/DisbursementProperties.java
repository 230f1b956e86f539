package org.eduaid.subsidy.disbursement.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Disbursement settings ({@code eduaid.disbursement.*}, see application.yml for the environment names).
 *
 * @param schoolDaysPerTerm what a per-school-day standard (nutrition) is multiplied by
 * @param sealChunk payments written per bulk insert while sealing
 * @param sealConcurrency chunks written at once while sealing
 */
@ConfigurationProperties("eduaid.disbursement")
public record DisbursementProperties(Integer schoolDaysPerTerm, Integer sealChunk, Integer sealConcurrency) {

    public DisbursementProperties {
        schoolDaysPerTerm = schoolDaysPerTerm == null ? 100 : schoolDaysPerTerm;
        sealChunk = sealChunk == null ? 1000 : sealChunk;
        sealConcurrency = sealConcurrency == null ? 2 : sealConcurrency;
        if (schoolDaysPerTerm < 1 || schoolDaysPerTerm > 200) {
            throw new IllegalArgumentException("SCHOOL_DAYS_PER_TERM must be between 1 and 200");
        }
        if (sealChunk < 1 || sealChunk > 5000 || sealConcurrency < 1 || sealConcurrency > 16) {
            throw new IllegalArgumentException("SEAL_CHUNK must be 1..5000 and SEAL_CONCURRENCY 1..16");
        }
    }
}
