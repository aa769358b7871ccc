package io.personae.analytics.importer;

import java.util.Arrays;

/// The fingerprints of a file's rows, to count the rows that repeat an earlier one exactly.
///
/// decision: the repeats are counted once the last row is in, by putting every fingerprint into
/// a primitive open-addressing set sized for all of them, rather than by sorting them: one
/// pass with a probe or two per row instead of a sort of a million numbers, which took a tenth
/// of the quality profile; the count (rows minus distinct fingerprints) is the same.
final class RowPrints {

    private long[] prints = new long[1024];
    private int size;

    void add(long print) {
        if (size == prints.length) {
            prints = Arrays.copyOf(prints, size * 2);
        }
        prints[size++] = print;
    }

    int size() {
        return size;
    }

    /// How many rows have the fingerprint of an earlier row.
    long repeats() {
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros((long) size + (size >>> 1)));
        long[] table = new long[1 << bits];
        int mask = table.length - 1;
        boolean zeroSeen = false;
        long repeats = 0;
        for (int i = 0; i < size; i++) {
            long key = prints[i];
            if (key == 0) {
                // 0 marks a free slot, so the one fingerprint that is 0 is kept aside
                repeats += zeroSeen ? 1 : 0;
                zeroSeen = true;
                continue;
            }
            int at = (int) (key * 0x9E3779B97F4A7C15L >>> (64 - bits));
            while (true) {
                long there = table[at];
                if (there == 0) {
                    table[at] = key;
                    break;
                }
                if (there == key) {
                    repeats++;
                    break;
                }
                at = (at + 1) & mask;
            }
        }
        return repeats;
    }
}
