package org.eduaid.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * A MongoDB wire-protocol server (mongo-java-server) in this JVM, storing every database in one
 * H2 MVStore file, so documents survive a restart on the same directory.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    static final String STORE_FILE = "eduaid.mv";

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
        H2Backend backend = new HelloAnsweringH2Backend(storeFile.toString());
        MongoServer server = new MongoServer(backend);
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

    public String uri(String database) {
        return uri + "/" + database;
    }

    /** Closes client connections and then the store, which writes everything still in memory to the file. */
    @Override
    public void close() {
        server.shutdown();
        log.info("MongoDB at {} stopped", uri);
    }

    /**
     * mongo-java-server 1.47 knows {@code isMaster} but not its MongoDB 5 name {@code hello}, which
     * Spring Boot's MongoDB health check sends: without an answer every service would stay DOWN.
     */
    private static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if (!command.equalsIgnoreCase("hello")) {
                return super.handleCommand(channel, databaseName, command, query);
            }
            Document answer = super.handleCommand(channel, databaseName, "isMaster", query);
            answer.put("isWritablePrimary", Boolean.TRUE);
            return answer;
        }
    }
}
