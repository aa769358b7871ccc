package io.personae.analytics.importer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/// Scans CSV bytes eight at a time (SWAR: one `long` holds eight bytes, and a few arithmetic
/// steps mark which of them equal a given byte), for [CsvTableReader]'s unquoted fields.
///
/// decision: plain `long` reads through a [VarHandle] rather than the incubating vector API,
/// which the build does not enable; a field of a customer file is about ten bytes, so one or
/// two words cover it where the byte loop made three comparisons per byte.
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LINE_FEEDS = '\n' * ONES;
    private static final long RETURNS = '\r' * ONES;

    private ByteScan() {}

    /// Where the first `delimiter`, `'\n'` or `'\r'` of `bytes[from..to)` is; `to` when there is none.
    static int nextStop(byte[] bytes, int from, int to, byte delimiter) {
        long delimiters = (delimiter & 0xFFL) * ONES;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            long hits = zeroBytes(word ^ delimiters) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ RETURNS);
            if (hits != 0) {
                // little-endian: the lowest marked byte is the first in the file
                return i + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b == delimiter || b == '\n' || b == '\r') {
                return i;
            }
        }
        return to;
    }

    /// Whether every byte of `bytes[from..to)` is ASCII (below 0x80).
    static boolean isAscii(byte[] bytes, int from, int to) {
        long high = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            high |= (long) LONGS.get(bytes, i);
        }
        for (; i < to; i++) {
            high |= bytes[i];
        }
        return (high & HIGHS) == 0;
    }

    /// The high bit of each zero byte of `word` set, and possibly of a byte above a zero byte
    /// (a borrow), never below one: the lowest set bit always marks the first zero byte.
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGHS;
    }
}
