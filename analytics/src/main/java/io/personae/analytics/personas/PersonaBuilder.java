package io.personae.analytics.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.segmentation.SegmentMatcher;
import io.personae.analytics.segmentation.SegmentMatching;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/// Describes each segment of a run for people: size, shares and how each feature compares with
/// the whole customer base.
///
/// Profiles use the original values (days, orders, money), not the scaled ones k-means worked
/// on, because those are the numbers a shop owner recognises.
///
/// Customers the run left out (assignment -1) count in no segment, but shares and overall
/// means are over every customer in the table: a segment's share is of the whole customer base,
/// so the shares add up to less than one when customers were left out.
public final class PersonaBuilder {

    private PersonaBuilder() {}

    /// One persona per segment, in segment order, named after what sets each apart, or with the
    /// names the method gave (RFM groups).
    ///
    /// @throws IllegalArgumentException when the result was made from a table of another size
    public static List<Persona> build(CustomerTable table, SegmentationResult result) {
        return build(table, result, null);
    }

    /// One persona per segment, in segment order. A segment that carries the identity of a
    /// segment of `previous` it is essentially the same as (see [SegmentMatcher#align]) keeps
    /// that persona's name, so users find their personas again after moving the slider; new
    /// segments get generated names, unique against the kept ones.
    ///
    /// @param result   the run to describe, aligned to `previous` with [SegmentMatcher#align]
    /// @param previous the segmentation shown before, or `null` for a first run
    /// @throws IllegalArgumentException when the result was made from a table of another size
    public static List<Persona> build(CustomerTable table, SegmentationResult result, Segmentation previous) {
        checkSameCustomers(table, result);
        return describe(table, result, keptNames(result, previous));
    }

    /// The personas of a stored run under the names stored with it: names kept from earlier
    /// runs cannot be told from the centroids again. Generated names stand in when the stored
    /// ones do not fit the run (not one per segment, or not unique).
    ///
    /// @throws IllegalArgumentException when the result was made from a table of another size
    public static List<Persona> restore(CustomerTable table, SegmentationResult result, List<String> storedNames) {
        checkSameCustomers(table, result);
        boolean fits = storedNames.size() == result.k() && storedNames.stream().distinct().count() == result.k();
        return describe(table, result, fits ? storedNames.toArray(String[]::new) : new String[result.k()]);
    }

    private static void checkSameCustomers(CustomerTable table, SegmentationResult result) {
        int n = table.size();
        int[] assignment = result.assignment();
        if (assignment.length != n) {
            throw new IllegalArgumentException("The segmentation has " + assignment.length
                    + " customers but the table has " + n + "; segment the current data again.");
        }
    }

    /// @param kept per segment, a name to keep, or `null` to generate one
    private static List<Persona> describe(CustomerTable table, SegmentationResult result, String[] kept) {
        int n = table.size();
        int[] assignment = result.assignment();
        int k = result.k();
        SegmentMeans means = SegmentMeans.of(table.values(), assignment, k);
        int[] sizes = result.sizes();
        List<String> names = PersonaNamer.names(result.featureNames(), result.centroids(), kept, result.labels());
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

    /// Per segment, the previous persona's name when the segment kept that persona's identity;
    /// `null` for a new segment.
    private static String[] keptNames(SegmentationResult result, Segmentation previous) {
        String[] kept = new String[result.k()];
        // decision: a method that names its own segments (RFM's Champions, At risk...) names
        // them every time; a k-means name carried onto an RFM group would describe the wrong thing
        if (previous == null || !result.labels().isEmpty()) {
            return kept;
        }
        SegmentationResult before = previous.result();
        String[] previousNames = new String[before.k()];
        for (Persona persona : previous.personas()) {
            previousNames[persona.segment()] = persona.name();
        }
        SegmentMatching matching = SegmentMatcher.match(before, result);
        for (int s = 0; s < result.k(); s++) {
            int p = matching.previousOf(s);
            // decision: the identity must agree too; a fresh identity that happens to equal a
            // vanished segment's is a new segment and gets a new name
            if (p >= 0 && before.identities()[p] == result.identities()[s]) {
                kept[s] = previousNames[p];
            }
        }
        return kept;
    }
}
