package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import java.util.List;

/// The customers as the segmentation sees them, for code outside this package that scores
/// segmentations (the k sweep): the same prepared, scaled features and one-hot categories
/// [Segmenter] works on, for the customers the method clusters (those with gaps are left out
/// under [MissingValues#DROP] and [MissingValues#OWN_CATEGORY]).
///
/// Arrays are not copied; callers must not modify them.
///
/// @param names     features kept, in order
/// @param values    `n * d` values, row `r` at `[r * d, (r + 1) * d)`
/// @param n         rows: the customers clustered
/// @param d         features kept
/// @param customers index in the customer table of each row
public record ScaledMatrix(List<String> names, double[] values, int n, int d, int[] customers) {

    public ScaledMatrix {
        names = List.copyOf(names);
        if (values.length != (long) n * d || customers.length != n) {
            throw new IllegalArgumentException("Expected " + n + " rows of " + d + " values and one customer per row");
        }
    }

    /// The scaled features of `table` under `options`, exactly as segmenting would prepare them.
    ///
    /// @throws SegmentationException when the table cannot be segmented (an infinite value, no
    ///                               feature that varies...); the message says what to change
    public static ScaledMatrix of(CustomerTable table, SegmentationOptions options) throws SegmentationException {
        ScaledFeatures scaled = Segmenter.scaled(table, options);
        return new ScaledMatrix(scaled.names(), scaled.rowValues(), scaled.rows().length, scaled.d(), scaled.rows());
    }
}
