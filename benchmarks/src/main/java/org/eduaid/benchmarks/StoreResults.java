package org.eduaid.benchmarks;

/** One column of the run: the three stages on one store, and whether the hop met the target. */
record StoreResults(StoreKind store, StageResult rawKafka, StageResult rawStore, HopResult hop) {

    /** The hop must reach half the rate of a raw bulk write to the same store. */
    static final double TARGET = 0.5;

    double hopShareOfRawStore() {
        return hop.stage().perSecond() / rawStore.perSecond();
    }

    boolean meetsTarget() {
        return hop.verified() && hopShareOfRawStore() >= TARGET;
    }
}
