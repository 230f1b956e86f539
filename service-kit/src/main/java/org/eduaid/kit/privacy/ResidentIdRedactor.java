package org.eduaid.kit.privacy;

import static org.eduaid.kit.privacy.ResidentIdNumber.LENGTH;

/**
 * Finds resident ID numbers in free text (a log line, an exception message, a JSON document) and
 * replaces each by its masked form, which has the same length.
 *
 * <p>A candidate is a run of exactly 17 digits followed by a digit or {@code x}/{@code X}, not
 * touching further digits (letters around it do not matter: {@code id=…}, {@code ID…}), whose check
 * character matches. Region and birth date are not judged: a number that passes the checksum is
 * treated as an ID number, because masking one number too many costs nothing and one too few leaks
 * a child's identity. About one in eleven unrelated 18-digit numbers is masked for that reason.
 */
public final class ResidentIdRedactor {

    private static final int FIRST_MASKED = 6;
    private static final int LAST_MASKED = 13;

    private ResidentIdRedactor() {
    }

    /** The text with every ID number masked; the same instance when there is none. */
    public static String redact(String text) {
        if (text == null || text.length() < LENGTH) {
            return text;
        }
        int found = nextCandidate(text, 0);
        if (found < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        while (found >= 0) {
            for (int i = found + FIRST_MASKED; i <= found + LAST_MASKED; i++) {
                chars[i] = '*';
            }
            if (chars[found + LENGTH - 1] == 'x') {
                chars[found + LENGTH - 1] = 'X';
            }
            found = nextCandidate(text, found + LENGTH);
        }
        return new String(chars);
    }

    /** Whether the text holds at least one ID number. */
    public static boolean containsIdNumber(CharSequence text) {
        return text != null && nextCandidate(text, 0) >= 0;
    }

    /**
     * Masks ID numbers directly in encoded text, for encodings in which ASCII digits and {@code X}
     * are single bytes that never occur inside another character (UTF-8, US-ASCII, ISO-8859-1).
     *
     * @return whether anything was masked
     */
    public static boolean redactInPlace(byte[] text) {
        AsciiBytes chars = new AsciiBytes(text);
        boolean changed = false;
        int found = nextCandidate(chars, 0);
        while (found >= 0) {
            for (int i = found + FIRST_MASKED; i <= found + LAST_MASKED; i++) {
                text[i] = '*';
            }
            if (text[found + LENGTH - 1] == 'x') {
                text[found + LENGTH - 1] = 'X';
            }
            changed = true;
            found = nextCandidate(chars, found + LENGTH);
        }
        return changed;
    }

    /** The start of the next ID number at or after {@code from}, or -1. */
    private static int nextCandidate(CharSequence text, int from) {
        int length = text.length();
        int i = from;
        while (i <= length - LENGTH) {
            if (!ResidentIdNumber.isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < length && ResidentIdNumber.isAsciiDigit(text.charAt(i))) {
                i++;
            }
            int run = i - runStart;
            boolean digitCheck = run == LENGTH;
            boolean letterCheck = run == LENGTH - 1 && i < length && (text.charAt(i) == 'X' || text.charAt(i) == 'x');
            if ((digitCheck || letterCheck) && ResidentIdNumber.hasValidCheckCharacter(text, runStart)) {
                return runStart;
            }
        }
        return -1;
    }

    /** Bytes seen as characters, for the in-place scan; only ASCII matters to it. */
    private record AsciiBytes(byte[] bytes) implements CharSequence {

        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException();
        }
    }
}
