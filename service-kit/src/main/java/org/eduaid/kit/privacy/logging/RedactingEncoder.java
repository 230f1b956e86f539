package org.eduaid.kit.privacy.logging;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.eduaid.kit.privacy.ResidentIdRedactor;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;

/**
 * Wraps an appender's encoder and masks every resident ID number in what it wrote, whatever the
 * layout: pattern or JSON, message, arguments, MDC, exception messages and stack traces alike.
 *
 * <p>For UTF-8 (and ASCII, ISO-8859-1) the encoded bytes are scanned and masked in place: ID numbers
 * are ASCII, and in these encodings ASCII bytes never occur inside another character, so a line
 * without an ID number costs one pass over its bytes and no copy. Other encodings are decoded first.
 */
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {

    private static final Set<Charset> ASCII_TRANSPARENT = Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII,
            StandardCharsets.ISO_8859_1);

    private final Encoder<ILoggingEvent> delegate;
    private final Charset charset;

    public RedactingEncoder(Encoder<ILoggingEvent> delegate) {
        this.delegate = delegate;
        this.charset = charsetOf(delegate);
    }

    public Encoder<ILoggingEvent> delegate() {
        return delegate;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return redact(delegate.encode(event));
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }

    @Override
    public void start() {
        if (!delegate.isStarted()) {
            delegate.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }

    private byte[] redact(byte[] encoded) {
        if (encoded == null) {
            return null;
        }
        if (ASCII_TRANSPARENT.contains(charset)) {
            ResidentIdRedactor.redactInPlace(encoded);
            return encoded;
        }
        String text = new String(encoded, charset);
        String redacted = ResidentIdRedactor.redact(text);
        return redacted == text ? encoded : redacted.getBytes(charset);
    }

    private static Charset charsetOf(Encoder<ILoggingEvent> encoder) {
        if (encoder instanceof LayoutWrappingEncoder<?> layout) {
            return layout.getCharset() != null ? layout.getCharset() : Charset.defaultCharset();
        }
        // Spring Boot's structured encoder writes UTF-8 unless logging.charset.console says otherwise
        return StandardCharsets.UTF_8;
    }
}
