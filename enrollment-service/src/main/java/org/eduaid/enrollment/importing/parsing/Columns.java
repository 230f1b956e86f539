package org.eduaid.enrollment.importing.parsing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eduaid.enrollment.importing.domain.ImportKind;

/**
 * Where each known column is in a file and what the file calls it. A header cell matches a column
 * by its English name (any case) or one of its Chinese headers, ignoring surrounding spaces and a
 * trailing {@code *} (templates mark required columns so). Unknown columns are ignored, so a bureau
 * export with extra columns (学籍号, 备注) imports as it is.
 */
public final class Columns {

    private final Map<String, Integer> indexByName;
    private final Map<String, String> labelByName;

    private Columns(Map<String, Integer> indexByName, Map<String, String> labelByName) {
        this.indexByName = indexByName;
        this.labelByName = labelByName;
    }

    /** The columns of a CSV header row; a header missing a required column or naming one twice is refused. */
    public static Columns fromHeader(ImportKind kind, List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            String name = match(kind, cell);
            if (name == null) {
                continue;
            }
            if (index.containsKey(name)) {
                throw new UnreadableFileException("the header names the column " + name + " twice ("
                        + labels.get(name) + " and " + cell.strip() + ")");
            }
            index.put(name, i);
            labels.put(name, cell.strip());
        }
        List<String> missing = kind.required().stream().filter(name -> !index.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException("the header row lacks the column(s) " + String.join(", ", missing.stream()
                    .map(name -> describe(kind, name)).toList()) + "; the first row of a CSV file must name the columns");
        }
        return new Columns(index, labels);
    }

    /** Every column of the kind, in declaration order, labelled with its English name (NDJSON). */
    public static Columns allOf(ImportKind kind) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (ImportKind.Column column : kind.columns()) {
            labels.put(column.name(), column.name());
            index.put(column.name(), index.size());
        }
        return new Columns(index, labels);
    }

    public boolean has(String name) {
        return indexByName.containsKey(name);
    }

    /** The cell of that column, stripped; {@code null} when the file has no such column or the cell is blank. */
    public String value(RawRow row, String name) {
        Integer index = indexByName.get(name);
        if (index == null || index >= row.values().size()) {
            return null;
        }
        String value = row.values().get(index);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** What the file calls the column (its header cell), so the error report speaks the officer's words. */
    public String label(String name) {
        return name == null ? null : labelByName.getOrDefault(name, name);
    }

    /** The number of cells a row may have at most: beyond the last known column nothing is read. */
    public List<String> names() {
        return List.copyOf(indexByName.keySet());
    }

    static String match(ImportKind kind, String cell) {
        String header = cell.strip();
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1).strip();
        }
        if (header.endsWith("*")) {
            header = header.substring(0, header.length() - 1).strip();
        }
        for (ImportKind.Column column : kind.columns()) {
            if (column.name().toLowerCase(Locale.ROOT).equals(header.toLowerCase(Locale.ROOT))
                    || column.chineseHeaders().contains(header)) {
                return column.name();
            }
        }
        return null;
    }

    private static String describe(ImportKind kind, String name) {
        return kind.columns().stream().filter(column -> column.name().equals(name)).findFirst()
                .map(column -> column.chineseHeaders().get(0) + "/" + name).orElse(name);
    }
}
