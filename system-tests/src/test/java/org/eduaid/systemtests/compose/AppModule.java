package org.eduaid.systemtests.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One app of the platform as its module's files describe it: the settings it reads, and the
 * Dockerfile it is packaged with (one shared by every app). A service (an app built on the service kit) also reads the kit's shared defaults.
 */
record AppModule(String name, boolean service, AppSettings settings, Optional<String> dockerfile) {

    static final String APPLICATION_YML = "src/main/resources/application.yml";
    static final String SERVICE_KIT = "eduaid-service-kit";
    static final String SERVICE_DEFAULTS = "service-kit/src/main/resources/eduaid-service-defaults.yml";
    static final String SHARED_DOCKERFILE = "docker/app.Dockerfile";

    /** The apps of the build: every module of the root pom with an application.yml of its own. */
    static List<AppModule> discover(Path root) {
        List<AppModule> apps = new ArrayList<>();
        for (String module : MavenPoms.modules(root.resolve("pom.xml"))) {
            Path dir = root.resolve(module);
            if (Files.isRegularFile(dir.resolve(APPLICATION_YML))) {
                apps.add(read(root, dir));
            }
        }
        return List.copyOf(apps);
    }

    private static AppModule read(Path root, Path dir) {
        boolean service = MavenPoms.dependencies(dir.resolve("pom.xml")).contains(SERVICE_KIT);
        // the kit's defaults have the lowest precedence, as ServiceDefaults adds them last
        List<Path> files = service ? List.of(root.resolve(SERVICE_DEFAULTS), dir.resolve(APPLICATION_YML))
                : List.of(dir.resolve(APPLICATION_YML));
        Path dockerfile = root.resolve(SHARED_DOCKERFILE);
        return new AppModule(dir.getFileName().toString(), service, AppSettings.read(files),
                Files.isRegularFile(dockerfile) ? Optional.of(readString(dockerfile)) : Optional.empty());
    }

    AppModule withSettings(AppSettings changed) {
        return new AppModule(name, service, changed, dockerfile);
    }

    AppModule withDockerfile(String changed) {
        return new AppModule(name, service, settings, Optional.of(changed));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
