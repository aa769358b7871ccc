package io.personae.analytics.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/// Turns the bytes of one CSV field into text: UTF-8 when they are valid UTF-8, windows-1252
/// otherwise.
///
/// decision: the choice is made per field, not once per file, so a UTF-8 file with one stray
/// windows-1252 name ("Müller" typed in an old tool) reads right without a second pass over a
/// large file. Pure ASCII, the common case, takes the fast Latin-1 constructor.
final class Utf8 {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final boolean windows1252;

    Utf8(boolean windows1252) {
        this.windows1252 = windows1252;
    }

    String decode(byte[] bytes, int from, int length, boolean ascii) {
        if (ascii) {
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        if (!windows1252) {
            try {
                CharBuffer chars = strict.reset().decode(ByteBuffer.wrap(bytes, from, length));
                return chars.toString();
            } catch (CharacterCodingException e) {
                // not UTF-8: fall through to windows-1252
            }
        }
        return new String(bytes, from, length, WINDOWS_1252);
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
