package org.eduaid.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB wire-protocol server (mongo-java-server) in this JVM, storing every database in one
 * H2 MVStore file, so documents survive a restart on the same directory.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    static final String STORE_FILE = "eduaid.mv";
    /** Connection options for the services of the embedded platform; see {@link #uri(String)}. */
    public static final String PATIENT_CONNECTION = "connectTimeoutMS=60000";

    private final MongoServer server;
    private final String uri;

    private EmbeddedMongo(MongoServer server, String uri) {
        this.server = server;
        this.uri = uri;
    }

    /** Starts MongoDB on {@code localhost:port}, keeping its data in {@code storageDir/eduaid.mv}. */
    public static EmbeddedMongo start(Path storageDir, int port) {
        Path storeFile = storageDir.resolve(STORE_FILE);
        try {
            Files.createDirectories(storageDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the MongoDB storage directory " + storageDir, e);
        }
        MongoServer server = new MongoServer(EmbeddedStoreBackend.open(storeFile));
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            // also closes the store, releasing the file lock that would block the next attempt
            server.shutdownNow();
            throw new IllegalStateException("MongoDB could not listen on port " + port, e);
        }
        String uri = "mongodb://localhost:" + port;
        log.info("MongoDB is up at {} (store {})", uri, storeFile);
        return new EmbeddedMongo(server, uri);
    }

    /** The connection string without a database, e.g. {@code mongodb://localhost:27017}. */
    public String uri() {
        return uri;
    }

    /**
     * A service's connection string. The embedded store answers a scan of a few hundred thousand
     * documents (a province's payroll) on the thread that also answers the driver's heartbeat, which can
     * then wait longer than the driver's default 10 s; the driver would take the store for gone and fail
     * every operation in flight. A minute's patience keeps such a run alive.
     */
    public String uri(String database) {
        return uri + "/" + database + "?" + PATIENT_CONNECTION;
    }

    /** Closes client connections and then the store, which writes everything still in memory to the file. */
    @Override
    public void close() {
        server.shutdown();
        log.info("MongoDB at {} stopped", uri);
    }
}
