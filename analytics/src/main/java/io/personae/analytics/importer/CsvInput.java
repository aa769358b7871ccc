package io.personae.analytics.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/// The bytes a CSV file's parser reads: the file itself, or, for UTF-16 text, the file
/// transcoded to UTF-8 on the fly, so the byte parser (whose delimiters, quotes and line ends are
/// single ASCII bytes) reads UTF-16 without a second code path.
///
/// UTF-16 is found by its byte-order mark, or without one by the zero bytes that every ASCII
/// character leaves in every other position (Excel's "Unicode text" and some Windows tools).
///
/// @param stream the bytes to parse
/// @param size   how many bytes `stream` holds at least, for progress and to notice a file that
///               shrinks while being read; for UTF-16, half the file (each 2-byte unit gives at least
///               one UTF-8 byte)
/// @param format the format with the encoding set to UTF-16 when it was found here
record CsvInput(InputStream stream, long size, FileFormat format) {

    private static final int SNIFF_BYTES = 4096;
    /// share of the even (or odd) positions that must hold zeros to call BOM-less text UTF-16
    private static final double ZERO_SHARE = 0.3;

    /// Opens `file` for parsing as `format` says, transcoding UTF-16 to UTF-8.
    static CsvInput open(Path file, FileFormat format) throws IOException {
        long fileSize = Math.max(1, Files.size(file));
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES * 2);
        try {
            raw.mark(SNIFF_BYTES);
            byte[] sample = raw.readNBytes(SNIFF_BYTES);
            raw.reset();
            FileFormat.Encoding encoding = format.encoding() == FileFormat.Encoding.AUTO ? utf16(sample) : format.encoding();
            if (encoding == null || !encoding.utf16()) {
                return new CsvInput(raw, fileSize, format);
            }
            int bom = hasBom(sample, encoding) ? 2 : 0;
            raw.skipNBytes(bom);
            Reader text = new InputStreamReader(raw, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            return new CsvInput(new Utf8Stream(text), Math.max(1, (fileSize - bom) / 2), format.withEncoding(encoding));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /// UTF-16LE or UTF-16BE when the sample is UTF-16 text, else `null`.
    static FileFormat.Encoding utf16(byte[] sample) {
        int n = sample.length;
        if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return FileFormat.Encoding.UTF_16LE;
        }
        if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return FileFormat.Encoding.UTF_16BE;
        }
        int pairs = n / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        // decision: ASCII text in UTF-16 has zeros in one position of (nearly) every pair and none
        // in the other; a binary file has zeros all over, and is left for the binary check
        if (oddZeros >= pairs * ZERO_SHARE && evenZeros == 0) {
            return FileFormat.Encoding.UTF_16LE;
        }
        if (evenZeros >= pairs * ZERO_SHARE && oddZeros == 0) {
            return FileFormat.Encoding.UTF_16BE;
        }
        return null;
    }

    private static boolean hasBom(byte[] sample, FileFormat.Encoding encoding) {
        return sample.length >= 2 && (encoding == FileFormat.Encoding.UTF_16LE
                ? (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE
                : (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF);
    }

    /// The characters of a reader as UTF-8 bytes.
    static final class Utf8Stream extends InputStream {

        private final Reader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16);
        private boolean eof;

        Utf8Stream(Reader reader) {
            this.reader = reader;
            chars.flip();
            bytes.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (eof) {
                    return -1;
                }
                refill();
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        private void refill() throws IOException {
            bytes.clear();
            chars.compact();
            int n = reader.read(chars);
            chars.flip();
            if (n < 0) {
                eof = true;
                encoder.encode(chars, bytes, true);
                encoder.flush(bytes);
            } else {
                encoder.encode(chars, bytes, false);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
