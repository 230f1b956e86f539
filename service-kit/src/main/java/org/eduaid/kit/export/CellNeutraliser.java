package org.eduaid.kit.export;

/**
 * Keeps spreadsheet programs from running text as a formula (CSV / formula injection): a text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line
 * feed gets a leading apostrophe, which Excel and LibreOffice read as "this is text". A school name
 * typed as {@code =HYPERLINK(...)} then shows as typed instead of becoming a link.
 *
 * <p>It applies to text only. Numbers must be written as numbers (a negative amount stays
 * {@code -380}); an exporter that turned them into strings first would see them prefixed. The
 * Excel writer that comes with reporting uses the same rule for its text cells.
 */
public final class CellNeutraliser {

    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private CellNeutraliser() {
    }

    public static boolean needsNeutralising(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a spreadsheet must show it; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        return needsNeutralising(text) ? "'" + text : text;
    }
}
