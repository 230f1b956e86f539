package org.eduaid.enrollment.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class ImportSpoolTest {

    @TempDir
    Path directory;

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNoFile() {
        ImportSpool spool = new ImportSpool(directory, 10);
        var buffers = DefaultDataBufferFactory.sharedInstance;
        StepVerifier.create(spool.receive("imp-big", Flux.just(buffers.wrap("123456".getBytes(StandardCharsets.UTF_8)),
                        buffers.wrap("7890ab".getBytes(StandardCharsets.UTF_8)))))
                .expectError(DataBufferLimitException.class).verify();
        assertThat(Files.exists(spool.fileOf("imp-big"))).isFalse();
    }

    @Test
    void anUploadWithinTheLimitIsWrittenAndCounted() throws Exception {
        ImportSpool spool = new ImportSpool(directory, 100);
        StepVerifier.create(spool.receive("imp-small", Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(
                        "a,b\n".getBytes(StandardCharsets.UTF_8)))))
                .expectNext(4L).verifyComplete();
        assertThat(Files.readString(spool.fileOf("imp-small"))).isEqualTo("a,b\n");
        assertThat(spool.present()).containsExactly("imp-small");
    }
}
