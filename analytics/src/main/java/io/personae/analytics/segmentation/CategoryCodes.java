package io.personae.analytics.segmentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/// One category column as small integer codes, for one-hot encoding and k-prototypes.
///
/// @param name   the column's name
/// @param levels the distinct values, sorted, so code `c` means `levels.get(c)` on every run
/// @param codes  code of each customer; a gap holds the most common value's code
/// @param weight the one-hot weight, see [#oneHotWeight(int[], int)]
record CategoryCodes(String name, List<String> levels, int[] codes, double weight) {

    CategoryCodes {
        levels = List.copyOf(levels);
    }

    static CategoryCodes of(String name, String[] values) {
        List<String> levels = levels(values);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < levels.size(); c++) {
            index.put(levels.get(c), c);
        }
        int[] codes = new int[values.length];
        int[] counts = new int[levels.size()];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i] == null ? -1 : index.get(values[i]);
            if (codes[i] >= 0) {
                counts[codes[i]]++;
            }
        }
        int mode = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[mode]) {
                mode = c;
            }
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0) {
                codes[i] = mode;
            }
        }
        return new CategoryCodes(name, levels, codes, oneHotWeight(codes, levels.size()));
    }

    /// The distinct non-missing values, sorted.
    static List<String> levels(String[] values) {
        TreeSet<String> distinct = new TreeSet<>();
        for (String value : values) {
            if (value != null) {
                distinct.add(value);
            }
        }
        return List.copyOf(distinct);
    }

    /// The value each one-hot column takes for the customers in that category (0 for the rest).
    ///
    /// decision: `1 / sqrt(1 - sum of squared shares)`. The one-hot columns of a category then
    /// have a total variance of exactly 1, the variance of one standardised feature, so a
    /// category weighs like one standardised feature in the distance whatever its number of
    /// values. Two customers in different categories are `2 * weight^2` apart (about 2 to 4 for
    /// two to four balanced values), like two customers about 1.4 to 2 standard deviations apart
    /// on a standardised feature. A rare value weighs more, exactly as a rare 0/1 column would
    /// after standardising.
    static double oneHotWeight(int[] codes, int levelCount) {
        double[] shares = new double[levelCount];
        for (int code : codes) {
            shares[code]++;
        }
        double sumOfSquares = 0;
        for (double count : shares) {
            double share = count / codes.length;
            sumOfSquares += share * share;
        }
        double variance = 1 - sumOfSquares;
        return variance > 0 ? 1 / Math.sqrt(variance) : 0;
    }
}
