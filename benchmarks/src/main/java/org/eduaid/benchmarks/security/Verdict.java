package org.eduaid.benchmarks.security;

import java.util.Locale;

/**
 * Security may cost at most {@value #TARGET}x the same request with security off (issue 3): the p99
 * at most 1.3 times as long, and the throughput at least 1 / 1.3 (77 %) of security off's, i.e. each
 * request at most 1.3 times as expensive. The CPU time per request is shown beside them: it is what
 * the other two are made of, and what a busy machine distorts least.
 */
record Verdict(double p99Ratio, double throughputRatio, double cpuRatio) {

    static final double TARGET = 1.3;

    static Verdict of(Figures secured, Figures off) {
        return new Verdict(secured.p99Vs(off), secured.throughputVs(off), secured.cpuVs(off));
    }

    /** How many times as much each request costs in throughput: the inverse of the throughput ratio. */
    double throughputCost() {
        return 1 / throughputRatio;
    }

    boolean met() {
        return p99Ratio <= TARGET && throughputCost() <= TARGET;
    }

    String describe() {
        return String.format(Locale.ROOT, "p99 %.2fx, throughput %.2fx (%.2fx the cost per request) -> %s; CPU per "
                + "request %.2fx", p99Ratio, throughputRatio, throughputCost(), met() ? "MET" : "NOT MET", cpuRatio);
    }
}
