package org.eduaid.enrollment.importing.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Uploads on their way to processing: written to a file as they arrive (never in memory), counted
 * against the size limit as they come, deleted when processing ends. The directory is readable by
 * the service's user only, since the files hold children's ID numbers.
 */
public final class ImportSpool {

    private final Path directory;
    private final long maxBytes;

    public ImportSpool(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(directory);
            try {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user profile's temp directory is private already
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import spool directory", e);
        }
    }

    public Path fileOf(String importId) {
        return directory.resolve(importId + ".upload");
    }

    /** Writes the body to the import's file; the byte count, or a {@link DataBufferLimitException} (413) past the limit. */
    public Mono<Long> receive(String importId, Flux<DataBuffer> body) {
        Path file = fileOf(importId);
        AtomicLong received = new AtomicLong();
        Flux<DataBuffer> counted = body.handle((buffer, sink) -> {
            if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
                DataBufferUtils.release(buffer);
                sink.error(new DataBufferLimitException("import file larger than " + maxBytes + " bytes"));
            } else {
                sink.next(buffer);
            }
        });
        return DataBufferUtils.write(counted, file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                .then(Mono.fromSupplier(received::get))
                .onErrorResume(e -> delete(importId).then(Mono.error(e)));
    }

    public Mono<Void> delete(String importId) {
        return Mono.fromRunnable(() -> deleteQuietly(fileOf(importId)));
    }

    /** The import ids with a file here (left over by a crash, or being processed). */
    public List<String> present() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".upload"))
                    .map(name -> name.substring(0, name.length() - ".upload".length())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the clean-up at the next start
        }
    }
}
