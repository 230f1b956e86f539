package org.eduaid.enrollment.importing;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid (checksummed) made-up resident ID numbers for import files. */
public final class IdNumbers {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** A fresh number of a child born in 2012–2017 in Linxi (150424): random, so tests sharing a store do not collide. */
    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(6 * 365));
        return of("150424", born, random.nextInt(1000));
    }

    /** The {@code n}-th of a series of distinct numbers (up to 3,650,000 of them). */
    public static String nth(long n) {
        LocalDate born = LocalDate.of(2008, 1, 1).plusDays(n / 1000);
        return of("150424", born, (int) (n % 1000));
    }

    public static String of(String region, LocalDate born, int sequence) {
        String first17 = region + String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
