package org.eduaid.launcher;

/** Plays an app that cannot start: says why on stderr and exits. */
public final class FailingFakeApp {

    static final String LAST_WORDS = "APPLICATION FAILED TO START: the fake database is on the moon";
    static final int EXIT_CODE = 3;

    private FailingFakeApp() {
    }

    public static void main(String[] args) {
        System.err.println(LAST_WORDS);
        System.exit(EXIT_CODE);
    }
}
