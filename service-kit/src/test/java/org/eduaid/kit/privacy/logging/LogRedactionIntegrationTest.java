package org.eduaid.kit.privacy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eduaid.kit.privacy.IdNumberScan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;

/**
 * A Spring Boot application with the kit on its class path and Spring Boot's own Logback defaults
 * (what every service runs with), writing ID numbers into its console: in ECS JSON, the services'
 * format, and in the plain pattern.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogRedactionIntegrationTest {

    private static final String LOGGER = "org.eduaid.redaction-check";

    @Test
    void ecsJsonLinesCarryNoIdNumber(CapturedOutput output) {
        runAndLog("--logging.structured.format.console=ecs");

        List<String> lines = linesOfTheTestLogger(output);
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("{").contains("\"ecs\""));
        String written = String.join("\n", lines);
        assertThat(IdNumberScan.validIdNumbersIn(written)).isEmpty();
        assertThat(written).contains(LogsWithIdNumbers.MASKED)
                .contains("\"student\":\"" + LogsWithIdNumbers.MASKED_IN_MDC + "\"", "\"error\":{\"type\":\"java.lang.IllegalStateException\"",
                        "\"message\":\"row 110105********002X\"", "Caused by: java.lang.IllegalArgumentException: cause 540102********0324");
    }

    @Test
    void plainPatternLinesCarryNoIdNumber(CapturedOutput output) {
        runAndLog("--logging.structured.format.console=");

        String written = output.getOut();
        assertThat(written).contains(LOGGER).doesNotContain("\"ecs\"");
        assertThat(IdNumberScan.validIdNumbersIn(written.substring(written.indexOf(LOGGER)))).isEmpty();
        assertThat(written).contains(LogsWithIdNumbers.MASKED)
                .contains("java.lang.IllegalStateException: row 110105********002X");
    }

    @AfterAll
    static void restoreTheTestLoggingConfiguration() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    private static void runAndLog(String format) {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, ProductionLogbackLoggingSystem.class.getName());
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(NothingButLogging.class)
                .web(WebApplicationType.NONE).run(format, "--spring.application.name=redaction-check")) {
            LogsWithIdNumbers.write(LoggerFactory.getLogger(LOGGER), MDC.getMDCAdapter());
        } finally {
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        }
    }

    private static List<String> linesOfTheTestLogger(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains(LOGGER)).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class NothingButLogging {
    }
}
