package io.personae.analytics.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/// One order-level category column (country, channel...) as numbers: each order's value as a
/// code into the column's distinct values. Arrays are not copied.
///
/// decision: the importer numbers the values anyway while it reads ([TextCodes]), so it hands the
/// numbers on: the per-customer step then counts small integers instead of hashing a `String`
/// per order and column, which was most of its time.
///
/// @param values the distinct values, by code; none `null`, no two equal. A value need not be
///               used by any order (the importer numbers the rows it later drops too)
/// @param codes  each order's value as its code, [#MISSING] where the order has none
public record CodedCategory(String[] values, int[] codes) {

    /// The code of a missing value.
    public static final int MISSING = -1;

    public CodedCategory {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(codes, "codes");
        Set<String> distinct = HashSet.newHashSet(values.length);
        for (String value : values) {
            if (value == null || !distinct.add(value)) {
                throw new IllegalArgumentException("The values of a category need to be distinct and not null: " + value);
            }
        }
        // decision: one pass for the smallest and largest code, which the JIT can vectorise, and
        // a second one only to name the first bad row: the importer makes one code per order for
        // each chosen category, so this check runs over every order of a file
        int lowest = 0;
        int highest = MISSING;
        for (int code : codes) {
            lowest = Math.min(lowest, code);
            highest = Math.max(highest, code);
        }
        if (lowest < MISSING || highest >= values.length) {
            for (int r = 0; r < codes.length; r++) {
                if (codes[r] < MISSING || codes[r] >= values.length) {
                    throw new IllegalArgumentException("Order row " + (r + 1) + " has value code " + codes[r]
                            + ", but the category has " + values.length + " values");
                }
            }
        }
    }

    /// Numbers `orderValues` (one per order, `null` where missing) in order of first appearance.
    public static CodedCategory of(String[] orderValues) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] codes = new int[orderValues.length];
        for (int r = 0; r < orderValues.length; r++) {
            String value = orderValues[r];
            codes[r] = value == null ? MISSING : numbers.computeIfAbsent(value, v -> numbers.size());
        }
        String[] values = new String[numbers.size()];
        numbers.forEach((value, code) -> values[code] = value);
        return new CodedCategory(values, codes);
    }

    /// How many orders the column covers.
    public int size() {
        return codes.length;
    }

    /// Each order's value, `null` where missing; equal values are the same `String`.
    public String[] orderValues() {
        String[] out = new String[codes.length];
        for (int r = 0; r < codes.length; r++) {
            out[r] = codes[r] == MISSING ? null : values[codes[r]];
        }
        return out;
    }

    /// Whether order `r`'s value is `value` (both missing counts as the same).
    boolean holds(int r, String value) {
        int code = codes[r];
        if (code == MISSING) {
            return value == null;
        }
        return values[code] == value || values[code].equals(value);
    }
}
