package org.eduaid.systemtests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML files as plain maps, lists and scalars; anchors and merge keys ({@code <<}) resolved. */
public final class Yamls {

    private Yamls() {
    }

    /** The file's top-level mapping, in file order; an empty file is an empty map. */
    public static Map<String, Object> read(Path file) {
        // SafeConstructor: these files are data, so no YAML tag may instantiate a class
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(file)) {
            Object document = yaml.load(reader);
            if (document == null) {
                return new LinkedHashMap<>();
            }
            if (!(document instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(file + " is not a YAML mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> mapping = (Map<String, Object>) document;
            return mapping;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
