package org.eduaid.benchmarks.importing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * Distinct, valid resident ID numbers (GB 11643-1999) of children born in one county between two
 * dates: region code, birth date, a three-digit sequence (odd for boys, even for girls) and the
 * ISO 7064 MOD 11-2 check character. The n-th number comes from a bijection of n onto (birth date,
 * sequence), so numbers are computed one at a time, never remembered, and never repeat.
 */
final class ResidentIds {

    static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(2008, 1, 1);
    static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2019, 12, 31);

    private static final int SEQUENCES = 999;
    /** A prime that divides no capacity the dates give (their factors are 3, 37 and the day count's). */
    private static final long SPREAD = 1_000_003L;

    private final String regionCode;
    private final long days;
    private final long capacity;
    private final long offset;

    ResidentIds(String regionCode, long seed) {
        if (!regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a region code has six digits");
        }
        this.regionCode = regionCode;
        this.days = ChronoUnit.DAYS.between(FIRST_BIRTH_DATE, LAST_BIRTH_DATE) + 1;
        this.capacity = days * SEQUENCES;
        if (gcd(SPREAD, capacity) != 1) {
            throw new IllegalStateException("the spread must be coprime with the capacity");
        }
        this.offset = Math.floorMod(seed, capacity);
    }

    /** How many distinct numbers there are. */
    long capacity() {
        return capacity;
    }

    /** The n-th number: distinct for every n below {@link #capacity()}. */
    String number(long n) {
        if (n < 0 || n >= capacity) {
            throw new IllegalArgumentException("only " + capacity + " distinct ID numbers exist for these birth dates");
        }
        // n (a few million at most) times the spread (about a million) stays far below 2^63
        long slot = (n * SPREAD + offset) % capacity;
        LocalDate born = FIRST_BIRTH_DATE.plusDays(slot % days);
        int sequence = 1 + (int) (slot / days);
        // by hand rather than with formatters: a file of a million rows is written in seconds
        StringBuilder number = new StringBuilder(18).append(regionCode).append(born.getYear());
        twoDigits(number, born.getMonthValue());
        twoDigits(number, born.getDayOfMonth());
        twoDigits(number.append(sequence / 100), sequence % 100);
        return number.append(checkCharacter(number)).toString();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(CharSequence first17) {
        return ResidentIdNumber.checkCharacterOf(first17);
    }

    static LocalDate birthDate(String idNumber) {
        return LocalDate.of(Integer.parseInt(idNumber, 6, 10, 10), Integer.parseInt(idNumber, 10, 12, 10),
                Integer.parseInt(idNumber, 12, 14, 10));
    }

    private static void twoDigits(StringBuilder into, int value) {
        into.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
