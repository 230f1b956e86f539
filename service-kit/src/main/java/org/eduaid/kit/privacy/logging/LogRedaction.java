package org.eduaid.kit.privacy.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.status.WarnStatus;

/**
 * Puts a {@link RedactingEncoder} around the encoder of every appender of a Logback context, and
 * stays registered (surviving resets) to do it again each time the context is configured anew —
 * Spring Boot reconfigures it at every application start, tests once per context.
 */
public final class LogRedaction implements LoggerContextListener {

    private LogRedaction() {
    }

    /** Wraps the appenders there are now and those of every later configuration of the context. */
    public static void install(LoggerContext context) {
        if (context.getCopyOfListenerList().stream().noneMatch(LogRedaction.class::isInstance)) {
            context.addListener(new LogRedaction());
        }
        wrapAppenders(context);
    }

    static void wrapAppenders(LoggerContext context) {
        Set<Appender<ILoggingEvent>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Logger logger : context.getLoggerList()) {
            wrapAll(context, logger.iteratorForAppenders(), seen);
        }
    }

    private static void wrapAll(LoggerContext context, Iterator<Appender<ILoggingEvent>> appenders,
            Set<Appender<ILoggingEvent>> seen) {
        while (appenders.hasNext()) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (!seen.add(appender)) {
                continue;
            }
            if (appender instanceof OutputStreamAppender<ILoggingEvent> output) {
                if (output.getEncoder() != null && !(output.getEncoder() instanceof RedactingEncoder)) {
                    RedactingEncoder redacting = new RedactingEncoder(output.getEncoder());
                    redacting.setContext(context);
                    redacting.start();
                    output.setEncoder(redacting);
                }
            } else if (appender instanceof AppenderAttachable<?>) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> attached = (AppenderAttachable<ILoggingEvent>) appender;
                wrapAll(context, attached.iteratorForAppenders(), seen);
            } else {
                // nothing to wrap: say so where Logback reports its configuration problems
                context.getStatusManager().add(new WarnStatus("Appender '" + appender.getName()
                        + "' has no encoder; resident ID numbers in its output are not masked", appender));
            }
        }
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }

    @Override
    public void onStart(LoggerContext context) {
        wrapAppenders(context);
    }

    @Override
    public void onReset(LoggerContext context) {
        // the appenders are gone; the next configuration's are wrapped when the context starts
    }

    @Override
    public void onStop(LoggerContext context) {
        // nothing is held
    }

    @Override
    public void onLevelChange(Logger logger, Level level) {
        // levels do not matter to masking
    }
}
