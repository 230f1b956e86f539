package org.eduaid.enrollment.student.domain;

import java.text.Normalizer;
import java.time.Clock;
import java.util.regex.Pattern;

import org.eduaid.kit.privacy.InvalidResidentIdNumberException;
import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * How the registry reads an ID number as clerks type or paste it, around the kit's
 * {@link ResidentIdNumber#parse}: full-width characters from a Chinese input method become ASCII
 * (the kit rejects them), and two common damages get a message a clerk can act on instead of
 * "bad format" — a number a spreadsheet turned into {@code 1.10105E+17} (its last digits are gone
 * for good) and an old 15-digit number (there is no check character to verify it, and a child
 * has an 18-digit number, so the registry asks for that one rather than converting).
 * Address codes are only checked for a real province (the kit's rule): the number keeps the county
 * of issue even after the county is renamed or merged, and people move.
 */
public final class StudentIdNumbers {

    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");
    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("\\d{15}");

    private StudentIdNumbers() {
    }

    public static ResidentIdNumber parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            throw new InvalidResidentIdNumberException(InvalidResidentIdNumberException.Reason.FORMAT);
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (SPREADSHEET_NUMBER.matcher(normalised).matches()) {
            throw new UnreadableIdNumberException("was turned into a number by a spreadsheet and lost its last digits; "
                    + "format the column as text and enter it again");
        }
        if (FIFTEEN_DIGITS.matcher(normalised).matches()) {
            throw new UnreadableIdNumberException("is an old 15-digit number; enter the 18-digit number instead");
        }
        return ResidentIdNumber.parse(normalised, clock);
    }

    /** An ID number that cannot be read at all; the message never repeats it. */
    public static final class UnreadableIdNumberException extends IllegalArgumentException {

        public UnreadableIdNumberException(String rule) {
            super("resident ID number " + rule);
        }

        /** The rule alone, to pair with the field name. */
        public String rule() {
            return getMessage().substring("resident ID number ".length());
        }
    }
}
