package io.personae.analytics.exporter;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The columns of the customer table a user can add to an export: every feature and every
/// category, under their own names.
public final class CustomColumns {

    private CustomColumns() {}

    /// The names a user can pick, features first, in the table's order.
    public static List<String> available(CustomerTable table) {
        List<String> names = new ArrayList<>(table.featureNames());
        table.categories().forEach(category -> names.add(category.name()));
        return names;
    }

    /// The column of this name (exactly, or else ignoring case).
    ///
    /// @throws ExportException naming the columns there are when the table has no such column
    static ExportColumn find(CustomerTable table, String name) throws ExportException {
        String wanted = name.strip();
        Optional<ExportColumn> exact = lookup(table, wanted, false);
        Optional<ExportColumn> found = exact.isPresent() ? exact : lookup(table, wanted, true);
        if (found.isEmpty()) {
            throw new ExportException("The customers have no column '" + wanted + "' to add. Choose from: "
                    + String.join(", ", available(table)) + ".");
        }
        return found.get();
    }

    private static Optional<ExportColumn> lookup(CustomerTable table, String name, boolean ignoreCase) {
        List<Feature> features = table.features();
        for (int f = 0; f < features.size(); f++) {
            Feature feature = features.get(f);
            if (ignoreCase ? feature.name().equalsIgnoreCase(name) : feature.name().equals(name)) {
                double[] values = table.column(f);
                int decimals = feature.kind() == FeatureKind.MONEY ? 2 : 4;
                return Optional.of(new ExportColumn(feature.name(), (row, position) -> number(values[row], decimals)));
            }
        }
        for (CategoryColumn category : table.categories()) {
            if (ignoreCase ? category.name().equalsIgnoreCase(name) : category.name().equals(name)) {
                String[] values = category.values();
                return Optional.of(new ExportColumn(category.name(), (row, position) -> values[row]));
            }
        }
        return Optional.empty();
    }

    /// A number as plain text: no exponent, no trailing zeros, at most `decimals` decimals; "" when missing.
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
