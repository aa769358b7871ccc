package io.personae.analytics.personas;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.segmentation.SegmentationException;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/// Profiles each segment of a run: shares, each feature against the base with lift and effect
/// size, category make-up and a typical customer.
///
/// Figures are on the original values (days, orders, money), the ones a shop owner recognises;
/// only the typical customer is found in the scaled space, where the segments were made. Shares,
/// medians and means of the base are over every customer in the table, left-out ones included.
public final class PersonaProfiler {

    private PersonaProfiler() {}

    /// One profile per segment, in segment order.
    ///
    /// @throws SegmentationException   when the table can no longer be scaled as the run was
    /// @throws IllegalArgumentException when the run was made from a table of another size
    public static List<PersonaProfile> profile(CustomerTable table, SegmentationResult result)
            throws SegmentationException {
        checkSameCustomers(table, result);
        return profile(table, result, SegmentGeometry.of(table, result));
    }

    static List<PersonaProfile> profile(CustomerTable table, SegmentationResult result, SegmentGeometry geometry) {
        checkSameCustomers(table, result);
        int k = result.k();
        int n = table.size();
        int[] assignment = result.assignment();
        int[] sizes = result.sizes();
        List<Feature> features = table.features();

        List<List<FeatureStats>> stats = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            stats.add(new ArrayList<>(features.size()));
        }
        FeatureMoments[] moments = new FeatureMoments[features.size()];
        for (int f = 0; f < features.size(); f++) {
            double[] column = table.column(f);
            moments[f] = FeatureMoments.of(column, assignment, k);
            double[] medians = Medians.of(column, assignment, k);
            for (int s = 0; s < k; s++) {
                stats.get(s).add(new FeatureStats(features.get(f).name(), features.get(f).kind(), medians[s],
                        medians[k], moments[f].means()[s], moments[f].mean(), moments[f].cohensD(s)));
            }
        }
        List<CategoryMakeup[]> makeups = new ArrayList<>();
        for (CategoryColumn category : table.categories()) {
            makeups.add(CategoryMakeups.of(category, assignment, k));
        }
        OptionalInt revenue = table.revenueFeature();
        OptionalInt profit = ColumnRoles.profitFeature(table);

        List<PersonaProfile> profiles = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            List<CategoryMakeup> categories = new ArrayList<>(makeups.size());
            for (CategoryMakeup[] makeup : makeups) {
                categories.add(makeup[s]);
            }
            profiles.add(new PersonaProfile(s, result.number(s), sizes[s], n == 0 ? 0 : (double) sizes[s] / n,
                    share(moments, revenue, s), share(moments, profit, s), stats.get(s), categories,
                    typical(table, geometry.medoids()[s])));
        }
        return List.copyOf(profiles);
    }

    /// Segment `s`'s share of the column's total; NaN without the column or with a total of zero.
    private static double share(FeatureMoments[] moments, OptionalInt feature, int s) {
        if (feature.isEmpty()) {
            return Double.NaN;
        }
        FeatureMoments m = moments[feature.getAsInt()];
        double total = m.mean() * m.total();
        double part = m.counts()[s] == 0 ? 0 : m.means()[s] * m.counts()[s];
        return total == 0 || Double.isNaN(total) ? Double.NaN : part / total;
    }

    private static TypicalCustomer typical(CustomerTable table, int i) {
        if (i < 0) {
            return null;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int f = 0; f < table.features().size(); f++) {
            values.put(table.features().get(f).name(), table.column(f)[i]);
        }
        Map<String, String> categories = new LinkedHashMap<>();
        for (CategoryColumn category : table.categories()) {
            String value = category.values()[i];
            if (value != null) {
                categories.put(category.name(), value);
            }
        }
        return new TypicalCustomer(i, table.ids()[i], table.emails()[i], table.firstNames()[i], table.lastNames()[i],
                values, categories);
    }

    static void checkSameCustomers(CustomerTable table, SegmentationResult result) {
        if (result.assignment().length != table.size()) {
            throw new IllegalArgumentException("The segmentation has " + result.assignment().length
                    + " customers but the table has " + table.size() + "; segment the current data again.");
        }
    }
}
