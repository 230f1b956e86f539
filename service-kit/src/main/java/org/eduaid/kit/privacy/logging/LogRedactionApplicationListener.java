package org.eduaid.kit.privacy.logging;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Installs {@link LogRedaction} right after Spring Boot has configured logging, in every service
 * that has the kit on its class path (registered in {@code META-INF/spring.factories}, so it runs
 * before any bean exists and needs no configuration).
 */
public final class LogRedactionApplicationListener implements GenericApplicationListener {

    private static final boolean LOGBACK = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
            LogRedactionApplicationListener.class.getClassLoader());

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        return eventType.getRawClass() != null
                && ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType.getRawClass());
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (LOGBACK && LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            LogRedaction.install(context);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
