package io.personae.analytics.exporter;

/// The first row seen with each address key, for finding duplicates among up to a million
/// customers: an open-addressing table of keys and row numbers.
///
/// decision: not a `HashMap<String, Integer>`, which allocates a node and a boxed row per
/// customer; with a million customers that was a sixth of the whole export's time.
final class AddressIndex {

    private final String[] keys;
    private final int[] hashes;
    private final int[] rows;
    private final int mask;
    private final int shift;

    /// @param expected at most how many keys will be added
    AddressIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(mask);
    }

    /// The row that first had `key`, or -1 after recording `row` as the first.
    ///
    /// decision: each slot keeps its key's hash beside it, so a probe past another address
    /// compares two ints in one array instead of following the other `String` to its characters
    /// (two cache misses each, on a million keys).
    int putIfAbsent(String key, int row) {
        int hash = key.hashCode();
        // Fibonacci hashing: addresses differing only in a trailing number have neighbouring
        // String hashes, which would otherwise fill runs of neighbouring slots
        int slot = hash * 0x9E3779B9 >>> shift;
        String present;
        while ((present = keys[slot]) != null) {
            if (hashes[slot] == hash && present.equals(key)) {
                return rows[slot];
            }
            slot = slot + 1 & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        rows[slot] = row;
        return -1;
    }
}
