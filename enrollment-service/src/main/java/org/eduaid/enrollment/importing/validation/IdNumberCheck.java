package org.eduaid.enrollment.importing.validation;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.eduaid.kit.privacy.InvalidResidentIdNumberException;
import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * Reads the ID number cell, naming the usual ways spreadsheets and typists spoil it. What passes goes
 * through {@link ResidentIdNumber#parse}, which also accepts a lower-case {@code x} as check
 * character and normalises it to {@code X}. Full-width (全角) digits and letters, as a Chinese input
 * method types them, become half-width first, as in the registration form: the number is the same.
 */
public final class IdNumberCheck {

    public static final String FIELD = "idNumber";
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE][+]?[0-9]+");
    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("[0-9]{15}");
    private static final Pattern EIGHTEEN = Pattern.compile("[0-9]{17}[0-9Xx]");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private IdNumberCheck() {
    }

    public static ResidentIdNumber parse(String cell, Clock clock) {
        if (cell == null) {
            throw new RowRejection(FIELD, "is missing");
        }
        String text = unwrapExcelFormula(Normalizer.normalize(cell, Normalizer.Form.NFKC).strip());
        if (SCIENTIFIC.matcher(text).matches()) {
            throw new RowRejection(FIELD, "the spreadsheet turned the ID number into a number; format the column as"
                    + " text");
        }
        if (FIFTEEN_DIGITS.matcher(text).matches()) {
            throw new RowRejection(FIELD, "15-digit ID numbers must be converted to 18 digits");
        }
        try {
            return ResidentIdNumber.parse(text, clock);
        } catch (InvalidResidentIdNumberException e) {
            throw new RowRejection(FIELD, reason(text, e.reason(), clock));
        }
    }

    private static String reason(String text, InvalidResidentIdNumberException.Reason reason, Clock clock) {
        switch (reason) {
            case BIRTH_DATE:
                return birthDateReason(text, clock);
            case CHECK_CHARACTER:
                if (text.endsWith("000")) {
                    return "has a check character that does not match and ends in zeros, as when a spreadsheet"
                            + " stored it as a number (which keeps only 15 digits); format the column as text and"
                            + " type the number again";
                }
                return "has a check character that does not match; a digit was probably mistyped";
            case REGION:
                return "does not start with the code of a province and county";
            default:
                return EIGHTEEN.matcher(text.replace(" ", "")).matches() ? "must not contain spaces"
                        : "must be 17 digits followed by a digit or X";
        }
    }

    private static String birthDateReason(String text, Clock clock) {
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
            if (born.isAfter(LocalDate.ofInstant(clock.instant(), CHINA))) {
                return "holds a birth date in the future";
            }
            return "holds a birth date before 1900";
        } catch (DateTimeException | NumberFormatException e) {
            return "holds a birth date that does not exist (digits 7 to 14 are the birth date YYYYMMDD)";
        }
    }

    /** Excel users keep a long number as text in CSV by writing {@code ="110105..."}. */
    private static String unwrapExcelFormula(String text) {
        if (text.length() > 3 && text.startsWith("=\"") && text.endsWith("\"")) {
            return text.substring(2, text.length() - 1).strip();
        }
        return text;
    }
}
