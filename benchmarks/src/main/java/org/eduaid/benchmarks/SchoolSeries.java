package org.eduaid.benchmarks;

/**
 * A run of 10-digit school codes: one leading series digit, then the index. Warm-up and measured
 * schools come from different series, so the consumer side can tell which run an event belongs to
 * and where in it, from the event's subject alone.
 */
public record SchoolSeries(char digit) {

    public static final SchoolSeries WARM_UP = new SchoolSeries('9');
    public static final SchoolSeries MEASURED = new SchoolSeries('4');

    private static final int INDEX_DIGITS = 9;

    public SchoolSeries {
        if (digit < '1' || digit > '9') {
            throw new IllegalArgumentException("a series digit is 1 to 9");
        }
    }

    public String code(int index) {
        String number = Integer.toString(index);
        return digit + "0".repeat(INDEX_DIGITS - number.length()) + number;
    }

    /** @return the index of a code of this series, or -1 for any other code */
    public int indexOf(String code) {
        if (code == null || code.length() != INDEX_DIGITS + 1 || code.charAt(0) != digit) {
            return -1;
        }
        return Integer.parseInt(code, 1, code.length(), 10);
    }
}
