package io.personae.analytics.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/// Describes each segment of a run for people: size, shares and how each feature compares with
/// the whole customer base.
///
/// Profiles use the original values (days, orders, money), not the scaled ones k-means worked
/// on, because those are the numbers a shop owner recognises.
public final class PersonaBuilder {

    private PersonaBuilder() {}

    /// One persona per segment, in segment order.
    ///
    /// @throws IllegalArgumentException when the result was made from a table of another size
    public static List<Persona> build(CustomerTable table, SegmentationResult result) {
        int n = table.size();
        int[] assignment = result.assignment();
        if (assignment.length != n) {
            throw new IllegalArgumentException("The segmentation has " + assignment.length
                    + " customers but the table has " + n + "; segment the current data again.");
        }
        int k = result.k();
        SegmentMeans means = SegmentMeans.of(table.values(), assignment, k);
        int[] sizes = result.sizes();
        List<String> names = PersonaNamer.names(result.featureNames(), result.centroids());
        OptionalInt revenue = table.revenueFeature();
        double totalRevenue = revenue.isPresent() ? means.overallSums()[revenue.getAsInt()] : Double.NaN;

        List<Persona> personas = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            List<FeatureProfile> profile = new ArrayList<>(table.features().size());
            for (int f = 0; f < table.features().size(); f++) {
                profile.add(new FeatureProfile(table.features().get(f).name(), means.segmentMeans()[s][f],
                        means.overallMeans()[f]));
            }
            // a total spend of zero gives no meaningful shares either: NaN, like no spend column
            double revenueShare = revenue.isPresent() && totalRevenue != 0
                    ? means.segmentSums()[s][revenue.getAsInt()] / totalRevenue
                    : Double.NaN;
            personas.add(new Persona(s, names.get(s), sizes[s], n == 0 ? 0 : (double) sizes[s] / n,
                    revenueShare, profile));
        }
        return List.copyOf(personas);
    }
}
