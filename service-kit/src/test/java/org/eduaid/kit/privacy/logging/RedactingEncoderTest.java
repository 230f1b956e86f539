package org.eduaid.kit.privacy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.eduaid.kit.privacy.IdNumberScan;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;

/** Logback on its own, configured like the test kit's logback-test.xml, on a context of its own. */
class RedactingEncoderTest {

    private final LoggerContext context = newContext();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void messageArgumentsMdcAndEveryExceptionInTheChainAreMasked() {
        configure(StandardCharsets.UTF_8);
        LogRedaction.install(context);

        LogsWithIdNumbers.write(context.getLogger("import"), context.getMDCAdapter());

        String written = output.toString(StandardCharsets.UTF_8);
        assertThat(IdNumberScan.validIdNumbersIn(written)).isEmpty();
        assertThat(written).contains(LogsWithIdNumbers.MASKED).contains("student=" + LogsWithIdNumbers.MASKED_IN_MDC,
                "java.lang.IllegalStateException: row 110105********002X",
                "Caused by: java.lang.IllegalArgumentException: cause 540102********0324",
                "Suppressed: java.lang.RuntimeException: 450102********107X",
                "at org.eduaid.kit.privacy.logging.LogsWithIdNumbers.write");
    }

    @Test
    void appendersOfALaterConfigurationAreWrappedToo() {
        configure(StandardCharsets.UTF_8);
        LogRedaction.install(context);
        context.reset();
        output.reset();
        configure(StandardCharsets.UTF_8);
        context.start();

        context.getLogger("import").info("again 150424201203151236");

        assertThat(output.toString(StandardCharsets.UTF_8)).contains("again 150424********1236")
                .doesNotContain("150424201203151236");
    }

    @Test
    void anEncodingThatIsNotAsciiCompatibleIsDecodedFirst() {
        configure(StandardCharsets.UTF_16);
        LogRedaction.install(context);

        context.getLogger("import").info("学生 150424201203151236");

        assertThat(output.toString(StandardCharsets.UTF_16)).contains("学生 150424********1236")
                .doesNotContain("150424201203151236");
    }

    @Test
    void installingTwiceWrapsOnce() {
        configure(StandardCharsets.UTF_8);
        LogRedaction.install(context);
        LogRedaction.install(context);

        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) context
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender("memory");
        assertThat(appender.getEncoder()).isInstanceOf(RedactingEncoder.class);
        assertThat(((RedactingEncoder) appender.getEncoder()).delegate()).isInstanceOf(PatternLayoutEncoder.class);
        assertThat(context.getCopyOfListenerList()).filteredOn(LogRedaction.class::isInstance).hasSize(1);
    }

    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private void configure(Charset charset) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger - %msg %mdc%n");
        encoder.setCharset(charset);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setName("memory");
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(output);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }
}
