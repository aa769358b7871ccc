package io.personae.analytics.importer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/// Reads ASCII cells straight from their bytes, giving exactly what the `String` readers
/// ([NumberText], [DateText], [CustomerIds]) give for the same text, for the cases that fill
/// a large file: plain numbers, ISO dates, ids, emails, missing markers.
///
/// Each reader here either gives the answer or says it cannot ([#NOT_PLAIN], [#NOT_ISO]), and
/// the caller then asks the `String` reader: the fast path never decides anything on its own.
final class AsciiCells {

    /// [#plainNumber] for a cell that is not a plain number: ask [NumberText#parse].
    static final double NOT_PLAIN = Double.NaN;
    /// [#isoDay] for a cell that is not an ISO date `yyyy-MM-dd`: ask [DateText#read].
    static final long NOT_ISO = Long.MIN_VALUE + 1;

    /// 10^0 .. 10^22, the powers of ten a double holds exactly
    private static final double[] POWERS_OF_TEN = new double[23];
    /// the largest digit count whose value a double holds exactly (below 2^53)
    private static final int EXACT_DIGITS = 15;
    private static final long DAYS_0000_TO_1970 = 719_528;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private AsciiCells() {
    }

    /// Whether `b` is white space to [Character#isWhitespace] (tab, line ends, the separators
    /// 0x1C-0x1F and the space), which [String#strip] and [String#isBlank] remove.
    static boolean isSpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    /// The first index of `bytes[from..to)` after leading white space.
    static int stripStart(byte[] bytes, int from, int to) {
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        return from;
    }

    /// The end of `bytes[from..to)` before trailing white space.
    static int stripEnd(byte[] bytes, int from, int to) {
        while (to > from && isSpace(bytes[to - 1])) {
            to--;
        }
        return to;
    }

    /// A 64-bit hash of `bytes[from..to)`, eight bytes at a time: the fingerprint of an ASCII
    /// cell for distinct counts, duplicate rows and look-ups.
    static long hash64(byte[] bytes, int from, int to) {
        long h = (to - from) * 0x9E3779B97F4A7C15L;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = (h ^ (long) LONGS.get(bytes, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (bytes[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        return h ^ (h >>> 29);
    }

    /// Whether `a[aFrom..aFrom+length)` and `b[bFrom..bFrom+length)` hold the same bytes, eight
    /// at a time: the last eight overlap the ones before, and a cell shorter than eight is read
    /// as one masked word when both arrays go on for eight bytes.
    ///
    /// decision: not [java.util.Arrays#equals(byte[], int, int, byte[], int, int)], whose range
    /// checks and byte-by-byte tail cost more than the comparison itself on cells of a few
    /// dozen bytes, most of all before the JIT has compiled it.
    static boolean same(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        if (length >= Long.BYTES) {
            int last = length - Long.BYTES;
            for (int i = 0; i < last; i += Long.BYTES) {
                if ((long) LONGS.get(a, aFrom + i) != (long) LONGS.get(b, bFrom + i)) {
                    return false;
                }
            }
            return (long) LONGS.get(a, aFrom + last) == (long) LONGS.get(b, bFrom + last);
        }
        if (length > 0 && aFrom + Long.BYTES <= a.length && bFrom + Long.BYTES <= b.length) {
            long differ = (long) LONGS.get(a, aFrom) ^ (long) LONGS.get(b, bFrom);
            return (differ & (-1L >>> (Long.SIZE - Byte.SIZE * length))) == 0;
        }
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /// [NumberText#isMissing] for ASCII bytes: blank, `NA`, `N/A`, `null`, `nan`, `-`, `?`, `#N/A`.
    static boolean isMissing(byte[] bytes, int from, int to) {
        int start = stripStart(bytes, from, to);
        int end = stripEnd(bytes, start, to);
        return switch (end - start) {
            case 0 -> true;
            case 1 -> bytes[start] == '-' || bytes[start] == '?';
            case 2 -> lower(bytes[start]) == 'n' && lower(bytes[start + 1]) == 'a';
            case 3 -> lower(bytes[start]) == 'n' && (bytes[start + 1] == '/' && lower(bytes[start + 2]) == 'a'
                    || lower(bytes[start + 1]) == 'a' && lower(bytes[start + 2]) == 'n');
            case 4 -> lower(bytes[start]) == 'n' && lower(bytes[start + 1]) == 'u' && lower(bytes[start + 2]) == 'l'
                    && lower(bytes[start + 3]) == 'l'
                    || bytes[start] == '#' && lower(bytes[start + 1]) == 'n' && bytes[start + 2] == '/'
                    && lower(bytes[start + 3]) == 'a';
            default -> false;
        };
    }

    /// The value of a plain number (digits with at most one inner dot, as [NumberText#parse]
    /// reads without further ado), or [#NOT_PLAIN].
    ///
    /// decision: only up to 15 digits, where the digits as a `long` divided by a power of ten
    /// are two exact doubles and their correctly rounded quotient is exactly what
    /// [Double#parseDouble] gives; longer numbers go to the `String` reader.
    static double plainNumber(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n == 0 || n > EXACT_DIGITS + 1) {
            return NOT_PLAIN;
        }
        long digits = 0;
        int dot = -1;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
            } else if (b == '.' && dot < 0 && i > from && i < to - 1) {
                dot = i;
            } else {
                return NOT_PLAIN;
            }
        }
        int count = dot < 0 ? n : n - 1;
        if (count > EXACT_DIGITS) {
            return NOT_PLAIN;
        }
        return dot < 0 ? digits : digits / POWERS_OF_TEN[to - dot - 1];
    }

    /// The epoch day of a cell that is exactly `yyyy-MM-dd`, [DateText#INVALID] when it has that
    /// shape but is no date (`2013-02-30`), [#NOT_ISO] otherwise.
    static long isoDay(byte[] bytes, int from, int to) {
        if (to - from != 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-') {
            return NOT_ISO;
        }
        int year = digits(bytes, from, 4);
        int month = digits(bytes, from + 5, 2);
        int day = digits(bytes, from + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return NOT_ISO;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return DateText.INVALID;
        }
        return epochDay(year, month, day);
    }

    /// The email check of the quality report on ASCII bytes: after stripping, one `@` not first,
    /// a dot in the domain with something before and after it, no white space.
    static boolean isEmail(byte[] bytes, int from, int to) {
        int start = stripStart(bytes, from, to);
        int end = stripEnd(bytes, start, to);
        int at = -1;
        int dot = -1;
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (b == '.') {
                dot = i;
            } else if (isSpace(b)) {
                return false;
            }
        }
        return at > start && dot >= at + 2 && dot != end - 1;
    }

    /// The `String` email check the byte one mirrors, for cells that are not ASCII.
    static boolean isEmail(String text) {
        String value = text.strip();
        int at = value.indexOf('@');
        if (at <= 0 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        int dot = value.lastIndexOf('.');
        if (dot < at + 2 || dot == value.length() - 1) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int digits(byte[] bytes, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /// [java.time.LocalDate#toEpochDay] of a valid date, without making the object.
    static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            if (!leap) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }
}
