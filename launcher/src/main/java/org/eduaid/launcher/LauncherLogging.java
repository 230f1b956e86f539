package org.eduaid.launcher;

import java.net.URL;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

/** Sends what Kafka, MongoDB and H2 log to a file in the log directory, keeping the console for the launcher. */
final class LauncherLogging {

    private static final String CONFIGURATION = "/eduaid-launcher-logback.xml";

    private LauncherLogging() {
    }

    static void toLogDir(Path logDir) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.putProperty("LOG_DIR", logDir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL configuration = LauncherLogging.class.getResource(CONFIGURATION);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("Could not configure logging from " + configuration, e);
        }
    }
}
