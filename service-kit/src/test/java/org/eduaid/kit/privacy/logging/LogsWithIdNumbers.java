package org.eduaid.kit.privacy.logging;

import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;

/** Log lines with ID numbers in every place a log line can carry one. */
final class LogsWithIdNumbers {

    /** What must appear instead of the numbers {@link #write} puts in the message, arguments and exceptions. */
    static final String[] MASKED = { "学生 150424********1236 已注册", "guardian 150424********118X registered",
            "row 110105********002X", "cause 540102********0324", "450102********107X" };
    /** What must appear instead of the number {@link #write} puts in the MDC, where the layout shows it. */
    static final String MASKED_IN_MDC = "110105********0011";

    private LogsWithIdNumbers() {
    }

    static void write(Logger log, MDCAdapter mdc) {
        log.info("学生 150424201203151236 已注册");
        log.info("guardian {} registered", "15042420110908118x");
        mdc.put("student", "110105200802290011");
        try {
            log.warn("with the student in the MDC");
        } finally {
            mdc.remove("student");
        }
        IllegalStateException failure = new IllegalStateException("row 11010519491231002X",
                new IllegalArgumentException("cause 540102201506010324"));
        failure.addSuppressed(new RuntimeException("45010220140214107X"));
        log.error("import failed", failure);
    }
}
