package io.personae.analytics.exporter;

import java.util.SplittableRandom;

/// Draws each exported customer into a test group, separately within each segment so every
/// segment is split in the requested shares (stratified), reproducibly from a seed.
///
/// decision: exact quotas per segment (largest remainder), then a seeded shuffle of who fills
/// them, rather than a coin toss per customer: a toss leaves a segment of 40 at 25/15 by
/// chance, quotas keep every segment within one customer of the split.
final class GroupAssigner {

    private GroupAssigner() {}

    /// The group index (in [GroupSplit#groups()] order) of each row.
    ///
    /// @param rows          table rows being exported, in file order
    /// @param segmentOf     the segment index of each table row
    /// @param segmentNumber the number users see of each segment index; it seeds the segment's
    ///                      draw, so a segment's draw does not change when another is added
    static byte[] assign(int[] rows, int[] segmentOf, int[] segmentNumber, GroupSplit split, long seed) {
        int k = segmentNumber.length;
        int[] counts = new int[k];
        for (int row : rows) {
            counts[segmentOf[row]]++;
        }
        int[][] members = new int[k][];
        for (int s = 0; s < k; s++) {
            members[s] = new int[counts[s]];
        }
        int[] filled = new int[k];
        for (int r = 0; r < rows.length; r++) {
            int s = segmentOf[rows[r]];
            members[s][filled[s]++] = r;
        }
        byte[] group = new byte[rows.length];
        for (int s = 0; s < k; s++) {
            int[] quota = quotas(members[s].length, split);
            shuffle(members[s], new SplittableRandom(seed * 1_000_003L + segmentNumber[s]));
            int next = 0;
            for (int g = 0; g < quota.length; g++) {
                for (int q = 0; q < quota[g]; q++) {
                    group[members[s][next++]] = (byte) g;
                }
            }
        }
        return group;
    }

    /// Group sizes for `n` customers: each share's floor, then the remaining customers to the
    /// largest remainders (earlier groups first on ties).
    static int[] quotas(int n, GroupSplit split) {
        int groups = split.shares().size();
        int[] quota = new int[groups];
        long[] remainder = new long[groups];
        int given = 0;
        for (int g = 0; g < groups; g++) {
            long exact = (long) n * split.shares().get(g);
            quota[g] = (int) (exact / 100);
            remainder[g] = exact % 100;
            given += quota[g];
        }
        for (int left = n - given; left > 0; left--) {
            int best = 0;
            for (int g = 1; g < groups; g++) {
                if (remainder[g] > remainder[best]) {
                    best = g;
                }
            }
            quota[best]++;
            remainder[best] = -1;
        }
        return quota;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
