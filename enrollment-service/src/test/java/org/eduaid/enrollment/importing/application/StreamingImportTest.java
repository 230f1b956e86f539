package org.eduaid.enrollment.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eduaid.enrollment.importing.IdNumbers;
import org.eduaid.enrollment.importing.domain.FileFormat;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.eduaid.enrollment.importing.parsing.ImportFileReader;
import org.eduaid.enrollment.importing.validation.Chunk;
import org.eduaid.enrollment.importing.validation.FileValidation;
import org.eduaid.enrollment.importing.validation.StudentRowValidator;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.StudentRecord;
import org.eduaid.kit.regions.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;

/**
 * A 1,000,000-row file, generated on the fly as a stream of buffers (never materialised), goes
 * through the same spool and the same read + validate pipeline as an upload. The proof that nothing
 * holds the file: the heap in use after a full GC, measured while the pipeline is mid-file and at
 * its end, grows by far less than the file's size. Through the student store itself a million rows
 * would take minutes, so this runs parse + validate + the in-file duplicate check only.
 */
class StreamingImportTest {

    private static final int ROWS = 1_000_000;
    private static final int ROWS_PER_BUFFER = 1000;
    /** The duplicate table for 1M rows is 24 MB; one chunk and the reader's buffers a few more. */
    private static final long ALLOWED_GROWTH = 64L * 1024 * 1024;

    @TempDir
    Path spoolDirectory;

    @Test
    void aMillionRowFileStreamsThroughInBoundedMemory() throws Exception {
        ImportSpool spool = new ImportSpool(spoolDirectory, 512L * 1024 * 1024);
        long before = usedHeapAfterGc();

        long bytes = spool.receive("imp-million", generatedFile()).block();
        long afterUpload = usedHeapAfterGc();

        var opened = ImportFileReader.open(spool.fileOf("imp-million"), ImportKind.STUDENTS, FileFormat.CSV, null, 65_536);
        var validator = new StudentRowValidator(new ImportScope("150424", null, "import:150424"),
                RegionDirectory.loadBundled(), java.time.Clock.systemUTC());
        long accepted = 0;
        long rejected = 0;
        long peak = afterUpload;
        long started = System.nanoTime();
        try (FileValidation<StudentRecord> validation = new FileValidation<>(opened, validator, 2_000_000)) {
            for (Chunk<StudentRecord> chunk; (chunk = validation.next(1000)) != null; ) {
                accepted += chunk.accepted().size();
                rejected += chunk.rejected().size();
                if (validation.rows() % 250_000 == 0) {
                    peak = Math.max(peak, usedHeapAfterGc());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("parse+validate: %d rows, %.1f MB in %.1f s = %.0f rows/s; heap growth after GC: upload %d MB,"
                + " pipeline peak %d MB%n", ROWS, bytes / 1e6, seconds, ROWS / seconds,
                (afterUpload - before) >> 20, (peak - before) >> 20);

        assertThat(bytes).as("the file alone is bigger than the heap growth allowed").isGreaterThan(ALLOWED_GROWTH);
        assertThat(accepted).isEqualTo(ROWS);
        assertThat(rejected).isZero();
        assertThat(afterUpload - before).as("the upload went to disk").isLessThan(ALLOWED_GROWTH);
        assertThat(peak - before).as("reading holds one chunk and the duplicate table, not the file").isLessThan(ALLOWED_GROWTH);
        Files.delete(spool.fileOf("imp-million"));
    }

    /** Header, then ROWS rows of distinct valid children, produced buffer by buffer as they are requested. */
    private static Flux<DataBuffer> generatedFile() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        String header = "身份证号,姓名,户籍县,乡镇,村,监护人,建档立卡,低保,留守,学校标识码,学段,年级,寄宿,入学日期\r\n";
        return Flux.concat(Flux.just(buffers.wrap(header.getBytes(StandardCharsets.UTF_8))),
                Flux.range(0, ROWS / ROWS_PER_BUFFER).map(block -> {
                    StringBuilder rows = new StringBuilder(ROWS_PER_BUFFER * 120);
                    for (int i = 0; i < ROWS_PER_BUFFER; i++) {
                        long n = (long) block * ROWS_PER_BUFFER + i;
                        rows.append(IdNumbers.nth(n)).append(",学生").append(n % 100).append(",150424,150424100,150424100201,")
                                .append("家长").append(n % 37).append(",是,否,").append(n % 2 == 0 ? "是" : "否")
                                .append(",1504240001,小学,").append(1 + n % 6).append(",否,2021-09-01\r\n");
                    }
                    return buffers.wrap(rows.toString().getBytes(StandardCharsets.UTF_8));
                }));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
