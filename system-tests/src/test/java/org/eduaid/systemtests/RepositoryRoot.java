package org.eduaid.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout the tests run in. Tests read the apps' files from the source tree rather than from
 * their jars, so they first find the root: the nearest directory above the working directory (the
 * module, under Maven) that holds docker-compose.yml.
 */
public final class RepositoryRoot {

    static final String MARKER = "docker-compose.yml";

    private RepositoryRoot() {
    }

    public static Path find() {
        return find(Path.of("").toAbsolutePath());
    }

    static Path find(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + MARKER + " in " + start + " or any directory above it");
    }
}
