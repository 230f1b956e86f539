package org.eduaid.systemtests.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * Resident ID numbers (GB 11643) for the end-to-end test: 6-digit county, birth date, a 3-digit
 * sequence and the ISO 7064 MOD 11-2 check character, so the services take them for real ones.
 * Each call gives another number: the sequence counts up from a random start.
 */
public final class ResidentIdNumbers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private ResidentIdNumbers() {
    }

    /** A child registered in {@code countyCode} who is about {@code age} now: of school age for 6 to 15. */
    public static String childAged(String countyCode, int age) {
        int next = NEXT.incrementAndGet();
        // a day per number as well, so that two numbers never share the masked form (county and last four)
        LocalDate born = LocalDate.now(CHINA).minusYears(age).minusDays(30 + next % 150);
        return of(countyCode, born, next % 1000);
    }

    public static String of(String countyCode, LocalDate birthDate, int sequence) {
        return ResidentIdNumber.compose(countyCode, birthDate, sequence);
    }

    /** The same number with another check character: a mistyped digit that the checksum catches. */
    public static String withWrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    /** As lists show it: county and the last four, the birth date hidden. */
    public static String masked(String idNumber) {
        return ResidentIdNumber.parse(idNumber).masked();
    }
}
