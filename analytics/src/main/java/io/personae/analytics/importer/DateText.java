package io.personae.analytics.importer;

import java.time.LocalDate;

/// Reads the date written at the start of a cell, in the formats order exports use: ISO
/// `2013-02-11` (with or without a time), `20130211`, `11-Feb-13`, `11 Feb 2013`,
/// `Feb 11, 2013`, and numeric `11/02/2013`, `2/11/2013`, `11-02-2013`, `11.02.2013`.
///
/// A numeric date whose first two fields are both 12 or less could be day-first or month-first;
/// [#read] reports it as such and leaves the choice to [DateColumn], which decides from the
/// whole file.
final class DateText {

    /// Not a date.
    static final long INVALID = Long.MIN_VALUE;

    /// Marker bit on results of [#read] that still need the day/month order, see [#ambiguous].
    private static final long AMBIGUOUS = 1L << 62;

    private static final int DIGITS = 1;
    private static final int LETTERS = 2;
    private static final String[] MONTH_PREFIXES = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        // German, French, Spanish, Italian spellings that differ in their first three letters
        "mai", "okt", "dez", "fev", "avr", "aou", "ene", "abr", "ago", "dic", "gen", "set", "giu", "lug",
    };
    private static final int[] PREFIX_MONTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 5, 10, 12, 2, 4, 8, 1, 4, 8, 12, 1, 9, 6, 7};

    private DateText() {
    }

    /// The epoch day of a date that can be read only one way, an [#ambiguous] value for numeric
    /// dates that can be read both ways, or [#INVALID].
    static long read(String text) {
        Tokens t = new Tokens(text);
        if (!t.scan()) {
            return INVALID;
        }
        if (t.count == 1) {
            // yyyyMMdd
            return t.kind[0] == DIGITS && t.digits[0] == 8
                    ? epochDay(t.value[0] / 10000, (t.value[0] / 100) % 100, t.value[0] % 100)
                    : INVALID;
        }
        if (t.count != 3) {
            return INVALID;
        }
        if (t.kind[0] == DIGITS && t.digits[0] == 4) {
            return epochDay(t.value[0], t.month(1), t.day(2));
        }
        if (t.kind[0] == LETTERS) {
            return epochDay(t.year(2), t.month(0), t.day(1));
        }
        if (t.kind[1] == LETTERS) {
            return epochDay(t.year(2), t.month(1), t.day(0));
        }
        int first = t.day(0);
        int second = t.day(1);
        int year = t.year(2);
        if (first < 1 || second < 1 || year < 0) {
            return INVALID;
        }
        if (first > 12 || second > 12 || first == second) {
            return first > 12 ? epochDay(year, second, first) : epochDay(year, first, second);
        }
        return AMBIGUOUS | ((long) year << 16) | ((long) first << 8) | second | (t.slash ? 1L << 40 : 0);
    }

    static boolean isAmbiguous(long read) {
        return read != INVALID && (read & AMBIGUOUS) != 0;
    }

    /// Whether an ambiguous value was written with slashes (`2/11/2013`), which US exports use
    /// month-first, rather than dashes or dots, which European ones use day-first.
    static boolean isSlashed(long ambiguous) {
        return (ambiguous & (1L << 40)) != 0;
    }

    /// The epoch day of an ambiguous value once the order is known.
    static long resolve(long ambiguous, boolean dayFirst) {
        int year = (int) ((ambiguous >>> 16) & 0xFFFF);
        int first = (int) ((ambiguous >>> 8) & 0xFF);
        int second = (int) (ambiguous & 0xFF);
        return dayFirst ? epochDay(year, second, first) : epochDay(year, first, second);
    }

    /// Whether `text` reads as a date in some order.
    static boolean isDate(String text) {
        return read(text) != INVALID;
    }

    private static long epochDay(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
            return INVALID;
        }
        int length = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day > length ? INVALID : LocalDate.of(year, month, day).toEpochDay();
    }

    /// Up to three tokens (digit runs or letter runs) from the start of the text, and what follows.
    private static final class Tokens {

        final String text;
        final int[] kind = new int[3];
        final int[] value = new int[3];
        final int[] digits = new int[3];
        int count;
        boolean slash;

        Tokens(String text) {
            this.text = text;
        }

        /// `false` when the text does not have the shape of a date at all.
        boolean scan() {
            int i = 0;
            int n = text.length();
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            while (i < n && count < 3) {
                char c = text.charAt(i);
                int start = i;
                if (c >= '0' && c <= '9') {
                    int v = 0;
                    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 9) {
                        v = v * 10 + (text.charAt(i) - '0');
                        i++;
                    }
                    kind[count] = DIGITS;
                    value[count] = v;
                    digits[count] = i - start;
                } else if (Character.isLetter(c)) {
                    while (i < n && Character.isLetter(text.charAt(i))) {
                        i++;
                    }
                    kind[count] = LETTERS;
                    value[count] = monthOf(text, start, i);
                    if (value[count] == 0) {
                        return false;
                    }
                } else {
                    return false;
                }
                count++;
                if (i >= n || count == 3) {
                    break;
                }
                int gap = i;
                while (i < n && isSeparator(text.charAt(i))) {
                    slash |= text.charAt(i) == '/';
                    i++;
                }
                if (i == gap) {
                    break;
                }
            }
            return i >= n || isTimeStart(text.charAt(i));
        }

        int month(int token) {
            return kind[token] == LETTERS || digits[token] <= 2 ? value[token] : -1;
        }

        int day(int token) {
            return kind[token] == DIGITS && digits[token] <= 2 ? value[token] : -1;
        }

        /// A 4-digit year, or a 2-digit one: 00-69 are 2000-2069, 70-99 are 1970-1999.
        int year(int token) {
            if (kind[token] != DIGITS) {
                return -1;
            }
            if (digits[token] == 4) {
                return value[token];
            }
            if (digits[token] == 2) {
                return value[token] < 70 ? 2000 + value[token] : 1900 + value[token];
            }
            return -1;
        }

        private static boolean isSeparator(char c) {
            return c == '-' || c == '/' || c == '.' || c == ' ' || c == ',';
        }

        private static boolean isTimeStart(char c) {
            return c == ' ' || c == 'T';
        }

        private static int monthOf(String text, int from, int to) {
            if (to - from < 3) {
                return 0;
            }
            String prefix = "" + fold(text.charAt(from)) + fold(text.charAt(from + 1)) + fold(text.charAt(from + 2));
            if (prefix.equals("jui") && to - from >= 4) {
                // French juin / juillet
                return fold(text.charAt(from + 3)) == 'n' ? 6 : fold(text.charAt(from + 3)) == 'l' ? 7 : 0;
            }
            for (int m = 0; m < MONTH_PREFIXES.length; m++) {
                if (MONTH_PREFIXES[m].equals(prefix)) {
                    return PREFIX_MONTHS[m];
                }
            }
            return 0;
        }

        /// Lower case without the accents month names carry (Mär, févr, août, déc).
        private static char fold(char c) {
            char lower = Character.toLowerCase(c);
            return switch (lower) {
                case 'ä', 'à', 'â' -> 'a';
                case 'é', 'è', 'ê' -> 'e';
                case 'û', 'ü' -> 'u';
                default -> lower;
            };
        }
    }
}
