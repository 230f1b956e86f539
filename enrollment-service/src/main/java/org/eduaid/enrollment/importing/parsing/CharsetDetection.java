package org.eduaid.enrollment.importing.parsing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding an uploaded file is in. Chinese offices export from Excel and WPS either as UTF-8
 * (often with a byte-order mark) or in the Windows code page GBK; GB18030 is a superset of GBK, so
 * it reads both GBK files and the rarer GB18030 ones. The rule, in order: an explicit charset the
 * client sent; a UTF-8 byte-order mark; the first {@value #SNIFF_BYTES} bytes being valid UTF-8;
 * otherwise GB18030. A GBK file is practically never valid UTF-8 (its two-byte characters almost
 * always break UTF-8's continuation-byte pattern), so the guess is safe for real files.
 */
public final class CharsetDetection {

    public static final int SNIFF_BYTES = 64 * 1024;
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private CharsetDetection() {
    }

    /**
     * @param head the first bytes of the file (up to {@link #SNIFF_BYTES}; fewer if the file is shorter)
     * @param declared the charset the client declared, or {@code null}
     */
    public static Detected detect(byte[] head, int length, Charset declared) {
        boolean bom = length >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2];
        if (declared != null) {
            // a BOM is skipped only when it is what the declared charset calls a BOM
            boolean skip = bom && declared.equals(StandardCharsets.UTF_8);
            return new Detected(declared, skip ? 3 : 0, "declared");
        }
        if (bom) {
            return new Detected(StandardCharsets.UTF_8, 3, "byte-order mark");
        }
        return isUtf8(head, length) ? new Detected(StandardCharsets.UTF_8, 0, "valid UTF-8")
                : new Detected(GB18030, 0, "not UTF-8, read as GB18030/GBK");
    }

    /** Whether the bytes are valid UTF-8; a sequence cut off by the end of the sample does not count against it. */
    static boolean isUtf8(byte[] head, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            // underflow: all read, or an incomplete sequence at the very end of the sample
            return in.remaining() < 4;
        }
    }

    /** @param skipBytes the byte-order mark to skip, 0 or 3 */
    public record Detected(Charset charset, int skipBytes, String why) {
    }
}
