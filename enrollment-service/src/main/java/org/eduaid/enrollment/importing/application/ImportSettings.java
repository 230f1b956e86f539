package org.eduaid.enrollment.importing.application;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How imports run ({@code eduaid.importing.*}, each with an environment override in application.yml).
 *
 * @param maxFileSize largest upload accepted (413 beyond it); the upload goes to disk, not memory
 * @param maxRows most rows in one file; bounds the duplicate table (16–32 bytes a row)
 * @param maxRowChars longest row (CSV record or NDJSON line) kept; a longer one is rejected
 * @param chunkSize rows handed to the port at a time
 * @param applyConcurrency chunks of one file applied at the same time
 * @param concurrentJobs files processed at the same time per replica; more wait as RECEIVED
 * @param spoolDirectory where uploads wait for processing (deleted after); holds personal data: a private, local disk
 * @param staleAfter an unfinished job without heartbeat for this long is marked FAILED (its replica died)
 */
@ConfigurationProperties("eduaid.importing")
public record ImportSettings(DataSize maxFileSize, long maxRows, int maxRowChars, int chunkSize, int applyConcurrency,
        int concurrentJobs, Path spoolDirectory, Duration staleAfter) {

    public ImportSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(512) : maxFileSize;
        maxRows = maxRows <= 0 ? 2_000_000 : maxRows;
        maxRowChars = maxRowChars <= 0 ? 65_536 : maxRowChars;
        chunkSize = chunkSize <= 0 ? 1000 : chunkSize;
        applyConcurrency = applyConcurrency <= 0 ? 2 : applyConcurrency;
        concurrentJobs = concurrentJobs <= 0 ? 2 : concurrentJobs;
        spoolDirectory = spoolDirectory == null ? Path.of(System.getProperty("java.io.tmpdir"), "eduaid-imports")
                : spoolDirectory;
        staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
    }
}
