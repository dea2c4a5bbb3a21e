package org.jixiao.measurement;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;

/**
 * Which encoding a CSV upload is in. Excel on Chinese Windows saves CSV as GBK unless told otherwise, and as UTF-8
 * with a byte-order mark when told; other tools send plain UTF-8. A charset the sender declares is trusted; otherwise
 * a byte-order mark decides, then strict UTF-8, then GB18030 (a superset of GBK and GB2312). Bytes that fit none are
 * refused rather than read as garbled names.
 */
public final class CsvEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private CsvEncoding() {
    }

    /** The text of an upload and the name of the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    /** Reads the bytes; {@code declared} is the charset of the request's Content-Type, or null. */
    public static Decoded decode(byte[] bytes, Charset declared) {
        if (bytes == null || bytes.length == 0) {
            return new Decoded("", declared == null ? StandardCharsets.UTF_8.name() : declared.name());
        }
        if (declared != null) {
            return strictly(bytes, declared).map(text -> new Decoded(withoutBom(text), declared.name()))
                    .orElseThrow(() -> InvalidInputException.malformed("body",
                            Message.of("problem.csv.not-declared-encoding", declared.name(), "Content-Type",
                                    "charset=GBK")));
        }
        if (startsWith(bytes, UTF8_BOM)) {
            return read(bytes, UTF8_BOM.length, StandardCharsets.UTF_8, "UTF-8 (with BOM)");
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return read(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE, "UTF-16LE (with BOM)");
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return read(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE, "UTF-16BE (with BOM)");
        }
        return strictly(bytes, StandardCharsets.UTF_8).map(text -> new Decoded(text, "UTF-8"))
                .or(() -> strictly(bytes, GB18030).map(text -> new Decoded(text, "GB18030 (GBK)")))
                .orElseThrow(() -> InvalidInputException.malformed("body", Message.of("problem.csv.neither-encoding")));
    }

    private static Decoded read(byte[] bytes, int skip, Charset charset, String name) {
        byte[] rest = Arrays.copyOfRange(bytes, skip, bytes.length);
        return strictly(rest, charset).map(text -> new Decoded(text, name))
                .orElseThrow(() -> InvalidInputException.malformed("body", Message.of("problem.csv.bom", charset.name())));
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            CharBuffer text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return Optional.of(text.toString());
        }
        catch (CharacterCodingException ex) {
            return Optional.empty();
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
