package io.personae.analytics.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// Turns the bytes of one CSV field into text: UTF-8 when they are valid UTF-8, windows-1252
/// otherwise; or, for a file in a single-byte code page (windows-1252, the DOS pages IBM850 and
/// IBM437), through that page's table of 256 characters.
///
/// decision: the choice is made per field, not once per file, so a UTF-8 file with one stray
/// windows-1252 name ("Müller" typed in an old tool) reads right without a second pass over a
/// large file. Pure ASCII, the common case, takes the fast Latin-1 constructor.
final class Utf8 {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<Charset, char[]> TABLES = new ConcurrentHashMap<>();

    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /// the single-byte table fields are read with, or `null` to try UTF-8 first
    private final char[] table;
    private final char[] fallback;

    /// @param singleByte the file's single-byte code page, or `null` for UTF-8 (with a
    ///                   windows-1252 fallback per field)
    Utf8(Charset singleByte) {
        this.table = singleByte == null ? null : table(singleByte);
        this.fallback = table(WINDOWS_1252);
    }

    /// The 256 characters of a single-byte code page; bytes it leaves undefined read as U+FFFD.
    static char[] table(Charset charset) {
        return TABLES.computeIfAbsent(charset, c -> {
            byte[] all = new byte[256];
            for (int b = 0; b < 256; b++) {
                all[b] = (byte) b;
            }
            char[] chars = new String(all, c).toCharArray();
            if (chars.length != 256) {
                throw new IllegalArgumentException(c + " is not a single-byte code page");
            }
            return chars;
        });
    }

    String decode(byte[] bytes, int from, int length, boolean ascii) {
        if (ascii) {
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        if (table != null) {
            return byTable(table, bytes, from, length);
        }
        try {
            CharBuffer chars = strict.reset().decode(ByteBuffer.wrap(bytes, from, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return byTable(fallback, bytes, from, length);
        }
    }

    private static String byTable(char[] table, byte[] bytes, int from, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = table[bytes[from + i] & 0xFF];
        }
        return new String(chars);
    }

    /// Whether `bytes[from..from+length)` is valid UTF-8.
    ///
    /// @param complete whether the bytes end the file; if not, a sequence cut at the end is allowed
    static boolean isValid(byte[] bytes, int from, int length, boolean complete) {
        int end = from + length;
        int i = from;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            int more;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                more = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                more = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                more = 3;
            } else {
                return false;
            }
            if (i + more >= end) {
                // a sequence cut off by the end of a sample is fine; at the end of the file it is not
                return !complete;
            }
            for (int k = 1; k <= more; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }
}
