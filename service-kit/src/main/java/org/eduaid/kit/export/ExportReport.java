package org.eduaid.kit.export;

/**
 * A report a service can export, from the service's own fixed list (typically an enum); its slug
 * names the file.
 */
public interface ExportReport {

    /** Lower-case letters and digits in hyphen-separated words, e.g. {@code aid-recipients}. */
    String slug();
}
