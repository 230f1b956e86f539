package org.eduaid.enrollment.importing;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.eduaid.kit.privacy.ResidentIdNumber;

/** Valid (checksummed) made-up resident ID numbers for import files. */
public final class IdNumbers {


    private IdNumbers() {
    }

    /**
     * A fresh number of a child born in 2013–2017 in Linxi (150424): random, so tests sharing a store do
     * not collide, and after the births {@code StudentMother.freshIdNumber()} counts through (2010 to
     * late 2012), so an import's numbers never take one a student test registers.
     */
    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(2013, 1, 1).plusDays(random.nextInt(5 * 365));
        return of("150424", born, random.nextInt(1000));
    }

    /** The {@code n}-th of a series of distinct numbers (up to 3,650,000 of them). */
    public static String nth(long n) {
        LocalDate born = LocalDate.of(2008, 1, 1).plusDays(n / 1000);
        return of("150424", born, (int) (n % 1000));
    }

    public static String of(String region, LocalDate born, int sequence) {
        return ResidentIdNumber.compose(region, born, sequence);
    }

    public static char checkCharacter(String first17) {
        return ResidentIdNumber.checkCharacterOf(first17);
    }
}
