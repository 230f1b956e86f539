package org.eduaid.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Lays out a repository root whose module folders hold executable jars of a fake app. */
final class FakeAppJars {

    private FakeAppJars() {
    }

    /** Puts a jar running {@code mainClass} where the launcher expects {@code app}'s jar under {@code home}. */
    static void install(Path home, PlatformApp app, Class<?> mainClass) {
        Path jar = app.jar(home);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        // the fake apps are single classes (lambdas, no nested classes), so one entry is the whole app
        String entry = mainClass.getName().replace('.', '/') + ".class";
        try (InputStream classFile = mainClass.getClassLoader().getResourceAsStream(entry)) {
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
                out.putNextEntry(new JarEntry(entry));
                classFile.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + jar, e);
        }
    }

    static void installAll(Path home, Class<?> mainClass) {
        for (PlatformApp app : PlatformApp.values()) {
            install(home, app, mainClass);
        }
    }
}
