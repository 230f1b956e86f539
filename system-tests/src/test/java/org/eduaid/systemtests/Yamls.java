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
        try (Reader reader = Files.newBufferedReader(file)) {
            return mapping(safeYaml().load(reader), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mapping written as text, e.g. JSON embedded in another file's value. */
    public static Map<String, Object> parse(String text) {
        return mapping(safeYaml().load(text), "the text");
    }

    /** SafeConstructor: these files are data, so no YAML tag may instantiate a class. */
    private static Yaml safeYaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static Map<String, Object> mapping(Object document, String source) {
        if (document == null) {
            return new LinkedHashMap<>();
        }
        if (!(document instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(source + " is not a YAML mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> mapping = (Map<String, Object>) document;
        return mapping;
    }
}
