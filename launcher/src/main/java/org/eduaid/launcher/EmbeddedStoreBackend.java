package org.eduaid.launcher;

import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 file backend as the embedded platform runs it: every command reads a version
 * of the store that stays intact until it has answered, and the MongoDB 5 {@code hello} handshake is
 * answered. Public so benchmarks measure the store the platform runs.
 */
public final class EmbeddedStoreBackend extends H2Backend {

    private final PinnedStoreVersion pinnedVersion;

    private EmbeddedStoreBackend(MVStore store) {
        super(store);
        this.pinnedVersion = new PinnedStoreVersion(store);
    }

    /** Opens (or creates) the store file. */
    public static EmbeddedStoreBackend open(Path storeFile) {
        return new EmbeddedStoreBackend(new MVStore.Builder().fileName(storeFile.toString()).open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return pinnedVersion.during(() -> answer(channel, databaseName, command, query));
    }

    /**
     * mongo-java-server 1.47 knows {@code isMaster} but not its MongoDB 5 name {@code hello}, which
     * Spring Boot's MongoDB health check sends: without an answer every service would stay DOWN.
     */
    private Document answer(Channel channel, String databaseName, String command, Document query) {
        if (!command.equalsIgnoreCase("hello")) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document answer = super.handleCommand(channel, databaseName, "isMaster", query);
        answer.put("isWritablePrimary", Boolean.TRUE);
        return answer;
    }
}
