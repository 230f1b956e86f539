package org.eduaid.benchmarks.subsidy;

import java.util.ArrayList;
import java.util.List;

/**
 * How many registered-poor students of each stage the feed generates, and which of them board.
 * Shandong's count of identified registered-poor students by stage (domain brief, section 2:
 * preschool 15,003; compulsory 128,499; senior 17,696; vocational 11,698; higher 27,937 = 200,833),
 * scaled to {@code --students} by largest remainder. The brief gives compulsory education as one
 * figure; it is split by grades, six primary to three junior secondary. The boarders are all
 * compulsory students (the boarding living allowance is for them): junior secondary students first,
 * since rural 初中 mostly board, then primary students.
 *
 * <p>The students are laid out as consecutive {@link Cohort cohorts}, so that index {@code i} of the
 * feed always is the same kind of student.
 */
record AidPopulation(List<Cohort> cohorts) {

    static final int SHANDONG_STUDENTS = 200_833;
    static final int SHANDONG_BOARDERS = 100_000;

    private static final int PRESCHOOL = 15_003;
    private static final int COMPULSORY = 128_499;
    private static final int SENIOR = 17_696;
    private static final int VOCATIONAL = 11_698;
    private static final int HIGHER = 27_937;
    private static final int JUNIOR_GRADES = 3;
    private static final int COMPULSORY_GRADES = 9;

    AidPopulation {
        cohorts = List.copyOf(cohorts);
    }

    /**
     * @param students  all registered-poor students to generate
     * @param boarders  how many of the compulsory students board; at most all of them
     */
    static AidPopulation of(int students, int boarders) {
        if (students < 1 || boarders < 0) {
            throw new IllegalArgumentException("--students must be positive and --boarders not negative");
        }
        int[] byStage = largestRemainder(students, PRESCHOOL, COMPULSORY, SENIOR, VOCATIONAL, HIGHER);
        int compulsory = byStage[1];
        if (boarders > compulsory) {
            throw new IllegalArgumentException("--boarders=" + boarders + " is more than the " + compulsory
                    + " compulsory students of " + students);
        }
        int junior = compulsory * JUNIOR_GRADES / COMPULSORY_GRADES;
        int primary = compulsory - junior;
        int juniorBoarders = Math.min(junior, boarders);
        int primaryBoarders = boarders - juniorBoarders;
        List<Cohort> cohorts = new ArrayList<>();
        cohorts.add(new Cohort(AidStage.PRESCHOOL, false, byStage[0]));
        cohorts.add(new Cohort(AidStage.PRIMARY, true, primaryBoarders));
        cohorts.add(new Cohort(AidStage.PRIMARY, false, primary - primaryBoarders));
        cohorts.add(new Cohort(AidStage.JUNIOR_SECONDARY, true, juniorBoarders));
        cohorts.add(new Cohort(AidStage.JUNIOR_SECONDARY, false, junior - juniorBoarders));
        cohorts.add(new Cohort(AidStage.SENIOR_SECONDARY, false, byStage[2]));
        cohorts.add(new Cohort(AidStage.SECONDARY_VOCATIONAL, false, byStage[3]));
        cohorts.add(new Cohort(AidStage.HIGHER_EDUCATION, false, byStage[4]));
        return new AidPopulation(cohorts);
    }

    /** The default number of boarders for {@code students}: 100,000 of 200,833, in proportion otherwise. */
    static int defaultBoarders(int students) {
        return (int) Math.round((double) students * SHANDONG_BOARDERS / SHANDONG_STUDENTS);
    }

    int size() {
        return cohorts.stream().mapToInt(Cohort::count).sum();
    }

    int boarders() {
        return cohorts.stream().filter(Cohort::boarding).mapToInt(Cohort::count).sum();
    }

    int count(AidStage stage) {
        return cohorts.stream().filter(cohort -> cohort.stage() == stage).mapToInt(Cohort::count).sum();
    }

    /** The cohort of the feed's {@code index}-th student. */
    Cohort cohortOf(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException(index);
        }
        int before = 0;
        for (Cohort cohort : cohorts) {
            if (index < before + cohort.count()) {
                return cohort;
            }
            before += cohort.count();
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** Splits {@code total} in proportion to {@code weights}, in whole students that add up to it. */
    static int[] largestRemainder(int total, int... weights) {
        long sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] shares = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        for (; given < total; given++) {
            int largest = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = -1;
        }
        return shares;
    }

    /** Students of one stage who all board or all do not. */
    record Cohort(AidStage stage, boolean boarding, int count) {
    }
}
