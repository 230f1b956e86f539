package org.eduaid.kit.privacy.logging;

import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;

import ch.qos.logback.classic.LoggerContext;

/**
 * Spring Boot's Logback system as a service runs it: the built-in defaults, not the test kit's
 * logback-test.xml, even while other test contexts of this JVM have initialised logging.
 */
public class ProductionLogbackLoggingSystem extends LogbackLoggingSystem {

    public ProductionLogbackLoggingSystem(ClassLoader classLoader) {
        super(classLoader);
    }

    @Override
    protected String[] getStandardConfigLocations() {
        return new String[0];
    }

    @Override
    public void beforeInitialize() {
        // forget that a cached test context already initialised the shared logger context
        ((LoggerContext) LoggerFactory.getILoggerFactory()).removeObject(LoggingSystem.class.getName());
        super.beforeInitialize();
    }
}
