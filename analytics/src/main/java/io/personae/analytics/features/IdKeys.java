package io.personae.analytics.features;

/// A `long` per customer id that orders as [CustomerOrder] does wherever two keys differ, for
/// sorting the ids as numbers first ([KeySort]) and comparing whole ids only where keys are equal.
///
/// The keys compare as unsigned numbers. Number ids get their `double` turned into bits that
/// order as [Double#compare] does, so equal keys are equal numbers. Text ids get a few of their
/// characters packed from the most significant end, after the prefix every id shares (which
/// orders nothing): eight 8-bit characters when all the packed ones are below 256, otherwise four
/// UTF-16 code units, as [String#compareTo] compares them. An id that ends before the packed
/// characters do is padded with zeros: it is a prefix of any longer id with the same packed
/// characters, and so never greater, and a real NUL character (U+0000) only makes two keys
/// equal, never turns an order round.
final class IdKeys {

    private IdKeys() {}

    /// The key of each number, by [Double#compare].
    static long[] ofNumbers(double[] numbers) {
        long[] keys = new long[numbers.length];
        for (int from = 0; from < numbers.length; from += Blocks.SIZE) {
            numberKeys(numbers, keys, from, Math.min(from + Blocks.SIZE, numbers.length));
        }
        return keys;
    }

    private static void numberKeys(double[] numbers, long[] keys, int from, int to) {
        for (int i = from; i < to; i++) {
            long bits = Double.doubleToLongBits(numbers[i]);
            // negative numbers order the other way round by their bits; the sign bit then puts
            // every negative number (now with a 0 on top) below every positive one
            keys[i] = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        }
    }

    /// The key of each id, by [String#compareTo].
    static long[] ofText(String[] ids) {
        int shared = sharedPrefix(ids);
        long[] keys = new long[ids.length];
        int widest = 0;
        for (int from = 0; from < ids.length; from += Blocks.SIZE) {
            widest |= bytes(ids, shared, keys, from, Math.min(from + Blocks.SIZE, ids.length));
        }
        if (widest >= 0x100) {
            for (int from = 0; from < ids.length; from += Blocks.SIZE) {
                chars(ids, shared, keys, from, Math.min(from + Blocks.SIZE, ids.length));
            }
        }
        return keys;
    }

    /// How many first characters all ids have in common.
    static int sharedPrefix(String[] ids) {
        if (ids.length == 0) {
            return 0;
        }
        String prefix = ids[0];
        // decision: one `startsWith` per id, a compiled method, and the prefix only shortened
        // when an id does not start with it, rather than a loop of `charAt` per id that runs in
        // the interpreter on the first import of a session ([Blocks])
        for (int i = 1; i < ids.length && !prefix.isEmpty(); i++) {
            if (!ids[i].startsWith(prefix)) {
                prefix = prefix.substring(0, common(prefix, ids[i], prefix.length()));
            }
        }
        return prefix.length();
    }

    private static int common(String a, String b, int atMost) {
        int limit = Math.min(atMost, b.length());
        int n = 0;
        while (n < limit && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /// Packs eight characters from `shared` on, 8 bits each, and returns the OR of all of them:
    /// 256 or more means some did not fit and the keys are wrong.
    private static int bytes(String[] ids, int shared, long[] keys, int from, int to) {
        // decision: the characters are copied out by one `getChars` per id, not read by a
        // `charAt` each, which until this method is compiled is a call per character
        char[] chars = new char[8];
        int widest = 0;
        for (int i = from; i < to; i++) {
            String id = ids[i];
            int count = Math.min(id.length(), shared + 8) - shared;
            id.getChars(shared, shared + count, chars, 0);
            long key = 0;
            for (int at = 0; at < count; at++) {
                char ch = chars[at];
                widest |= ch;
                key = key << 8 | ch;
            }
            keys[i] = count == 0 ? 0 : key << 8 * (8 - count);
        }
        return widest;
    }

    /// Packs four UTF-16 code units from `shared` on, 16 bits each.
    private static void chars(String[] ids, int shared, long[] keys, int from, int to) {
        char[] chars = new char[4];
        for (int i = from; i < to; i++) {
            String id = ids[i];
            int count = Math.min(id.length(), shared + 4) - shared;
            id.getChars(shared, shared + count, chars, 0);
            long key = 0;
            for (int at = 0; at < count; at++) {
                key = key << 16 | chars[at];
            }
            keys[i] = count == 0 ? 0 : key << 16 * (4 - count);
        }
    }
}
