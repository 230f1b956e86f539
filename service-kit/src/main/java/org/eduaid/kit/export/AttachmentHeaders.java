package org.eduaid.kit.export;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;

/**
 * The response headers of a file download: {@code Content-Disposition} as RFC 6266 has it (a plain
 * {@code filename} for old clients and {@code filename*} in UTF-8 per RFC 8187), the media type,
 * and {@code Cache-Control: no-store}, since exports carry personal data.
 */
public final class AttachmentHeaders {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private AttachmentHeaders() {
    }

    public static void applyTo(HttpHeaders headers, ExportFileName file) {
        headers.set(HttpHeaders.CONTENT_TYPE, file.format().mediaType());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file));
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
    }

    public static String contentDisposition(ExportFileName file) {
        String name = file.value();
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** Characters outside printable ASCII, quotes and backslashes become {@code _} in the plain parameter. */
    static String asciiFallback(String name) {
        StringBuilder fallback = new StringBuilder(name.length());
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return fallback.toString();
    }

    /** RFC 8187 {@code value-chars}: attr-chars as they are, every other UTF-8 byte percent-encoded. */
    static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
