package org.eduaid.benchmarks.subsidy;

import java.util.SplittableRandom;

/**
 * The generated registered-poor students, by index: the same seed always gives the same students.
 * Only what enrollment-service's events carry: a pseudonymous id ({@code p-} and 26 base32
 * characters), the masked name and masked ID number, sex and birth year, the household's county,
 * and the enrolment. No full name, ID number, address or birth date exists anywhere in the run.
 */
final class PoorStudents {

    static final String ID_PREFIX = "p-";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗" };
    private static final String CHECK_CHARACTERS = "0123456789X";

    private final String countyCode;
    private final AidPopulation population;
    private final FeedSchools schools;
    private final int schoolYearStart;
    private final long seed;

    PoorStudents(String countyCode, AidPopulation population, FeedSchools schools, int schoolYearStart, long seed) {
        this.countyCode = countyCode;
        this.population = population;
        this.schools = schools;
        this.schoolYearStart = schoolYearStart;
        this.seed = seed;
    }

    int size() {
        return population.size();
    }

    int schoolYearStart() {
        return schoolYearStart;
    }

    PoorStudent student(int index) {
        AidPopulation.Cohort cohort = population.cohortOf(index);
        SplittableRandom random = new SplittableRandom(mix(seed) ^ index);
        int grade = 1 + random.nextInt(cohort.stage().grades());
        String maskedIdNumber = countyCode + "********" + (100 + random.nextInt(900))
                + CHECK_CHARACTERS.charAt(random.nextInt(CHECK_CHARACTERS.length()));
        return new PoorStudent(id(seed, index), SURNAMES[random.nextInt(SURNAMES.length)] + "*", maskedIdNumber,
                random.nextBoolean() ? "MALE" : "FEMALE", cohort.stage().birthYear(schoolYearStart, grade), countyCode,
                cohort.stage(), grade, schools.of(cohort.stage(), cohort.boarding(), random.nextInt(1 << 20)),
                cohort.boarding());
    }

    /**
     * {@code p-} and 26 base32 characters: the first 13 encode a bijective mix of the index, so no
     * two students of a run share an id; the other 13 depend on the seed, so runs with different
     * seeds do not either.
     */
    static String id(long seed, int index) {
        StringBuilder id = new StringBuilder(ID_PREFIX.length() + 26).append(ID_PREFIX);
        appendBase32(id, mix(index));
        appendBase32(id, mix(seed * 0x9E3779B97F4A7C15L + index));
        return id.toString();
    }

    /** 13 characters of 5 bits: the 64 bits of {@code value}, with a leading zero bit. */
    private static void appendBase32(StringBuilder into, long value) {
        for (int shift = 60; shift >= 0; shift -= 5) {
            into.append(BASE32[(int) (value >>> shift) & 31]);
        }
    }

    /** SplitMix64's finaliser: a bijection of the 64-bit values that scatters neighbours. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One student as enrollment-service's events describe them. */
    record PoorStudent(String id, String maskedName, String maskedIdNumber, String sex, int birthYear,
            String householdCountyCode, AidStage stage, int grade, FeedSchools.School school, boolean boarding) {
    }
}
