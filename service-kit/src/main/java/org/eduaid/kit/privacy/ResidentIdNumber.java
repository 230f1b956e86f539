package org.eduaid.kit.privacy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * An 18-character PRC resident ID number (居民身份证号, GB 11643): six digits of the county where it was
 * issued, the birth date, a three-digit sequence whose last digit is odd for males, and an ISO 7064
 * MOD 11-2 check character.
 *
 * <p>It is a minor's personal data. {@link #toString()} is the {@link #masked()} form, so a log line or
 * a string concatenation never carries the number; the number itself only comes out of
 * {@link #unmaskedValue()}, a name meant to stand out in review.
 */
public final class ResidentIdNumber {

    public static final int LENGTH = 18;
    /** Mainland China shares one calendar day; "born in the future" is judged by it. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65");
    /** Residence permits of Hong Kong, Macao and Taiwan residents use the same 18-character scheme. */
    private static final Set<String> RESIDENCE_PERMIT_REGIONS = Set.of("810000", "820000", "830000");
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Validates and normalises (a lower-case {@code x} becomes {@code X}) the number as written. */
    public static ResidentIdNumber parse(CharSequence text) {
        return parse(text, Clock.system(CHINA));
    }

    /** As {@link #parse(CharSequence)}, with "today" taken from the given clock. */
    public static ResidentIdNumber parse(CharSequence text, Clock clock) {
        if (text == null) {
            throw new InvalidResidentIdNumberException(InvalidResidentIdNumberException.Reason.FORMAT);
        }
        String candidate = text.toString().strip();
        if (candidate.length() != LENGTH || !hasValidShape(candidate, 0)) {
            throw new InvalidResidentIdNumberException(InvalidResidentIdNumberException.Reason.FORMAT);
        }
        String normalised = candidate.toUpperCase(Locale.ROOT);
        if (!isKnownRegion(normalised.substring(0, 6))) {
            throw new InvalidResidentIdNumberException(InvalidResidentIdNumberException.Reason.REGION);
        }
        LocalDate birthDate = birthDateOf(normalised, LocalDate.ofInstant(clock.instant(), CHINA));
        if (checkCharacter(normalised, 0) != normalised.charAt(17)) {
            throw new InvalidResidentIdNumberException(InvalidResidentIdNumberException.Reason.CHECK_CHARACTER);
        }
        return new ResidentIdNumber(normalised, birthDate);
    }

    /**
     * Whether the text is 17 digits and a matching check character ({@code x} or {@code X} allowed),
     * without judging region or birth date: what redaction needs, since any number that passes the
     * checksum is treated as an ID number rather than risk leaking one.
     */
    public static boolean looksValid(CharSequence text) {
        return text != null && text.length() == LENGTH && hasValidShape(text, 0) && hasValidCheckCharacter(text, 0);
    }

    /** The region of registration (the first six digits): a county code of the time the number was issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** E.g. {@code 150424********123X}: see {@link Masks#residentIdNumber(CharSequence)} for why these parts. */
    public String masked() {
        return Masks.residentIdNumber(value);
    }

    /** The whole number: for encryption, blind indexing and the few roles that are allowed to see it. */
    public String unmaskedValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form: never the number, so that accidental logging is harmless. */
    @Override
    public String toString() {
        return masked();
    }

    /**
     * The number of a person registered in {@code regionCode}, born on {@code birthDate}, with the
     * 3-digit {@code sequence} (odd for men, even for women) and the check character they call for.
     * For generating data (tests, benchmarks, demo regions); real numbers come from {@link #parse}.
     */
    public static String compose(String regionCode, LocalDate birthDate, int sequence) {
        if (regionCode == null || !regionCode.matches("\\d{6}") || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("a number needs a 6-digit region and a sequence from 0 to 999");
        }
        String first17 = regionCode + String.format(Locale.ROOT, "%04d%02d%02d%03d", birthDate.getYear(),
                birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
        return first17 + checkCharacterOf(first17);
    }

    /** The check character (ISO 7064 MOD 11-2) GB 11643 calls for after these 17 digits. */
    public static char checkCharacterOf(CharSequence first17) {
        if (first17.length() != LENGTH - 1 || !first17.chars().allMatch(c -> isAsciiDigit((char) c))) {
            throw new IllegalArgumentException("the check character follows 17 ASCII digits");
        }
        return checkCharacter(first17, 0);
    }

    /** Whether the 18 characters from {@code offset} are 17 ASCII digits and a digit or x/X. */
    static boolean hasValidShape(CharSequence text, int offset) {
        if (text.length() - offset < LENGTH) {
            return false;
        }
        for (int i = offset; i < offset + LENGTH - 1; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        char last = text.charAt(offset + LENGTH - 1);
        return isAsciiDigit(last) || last == 'X' || last == 'x';
    }

    /** The check character the first 17 digits from {@code offset} call for. */
    static char checkCharacter(CharSequence digits, int offset) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(offset + i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** For 18 characters from {@code offset} already known to be 17 ASCII digits and a digit or x/X. */
    static boolean hasValidCheckCharacter(CharSequence text, int offset) {
        return checkCharacter(text, offset) == Character.toUpperCase(text.charAt(offset + LENGTH - 1));
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isKnownRegion(String region) {
        if (RESIDENCE_PERMIT_REGIONS.contains(region)) {
            return true;
        }
        // a county-level code never ends in 0000 (that is a province); the prefix must be a province of GB/T 2260
        return PROVINCES.contains(region.substring(0, 2)) && !region.endsWith("0000");
    }

    private static LocalDate birthDateOf(String number, LocalDate today) {
        int year = Integer.parseInt(number.substring(6, 10));
        int month = Integer.parseInt(number.substring(10, 12));
        int day = Integer.parseInt(number.substring(12, 14));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidResidentIdNumberException(InvalidResidentIdNumberException.Reason.BIRTH_DATE);
        }
        if (year < EARLIEST_BIRTH_YEAR || date.isAfter(today)) {
            throw new InvalidResidentIdNumberException(InvalidResidentIdNumberException.Reason.BIRTH_DATE);
        }
        return date;
    }

    public enum Sex {
        MALE, FEMALE
    }
}
