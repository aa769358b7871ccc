package io.personae.app.importing;

import io.personae.analytics.importer.MissingMarkers;
import io.personae.analytics.importer.TablePreview;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/// Which columns of a preview hold numbers, so only those are offered as features.
final class NumericColumns {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d\\s.,']*\\d[\\d\\s.,']*%?");
    private static final Pattern CURRENCY = Pattern.compile("[€$£¥₹]|CHF|EUR|USD|GBP");

    private NumericColumns() {
    }

    /// Headers of the columns whose preview cells all read as numbers (with a decimal point or
    /// comma, thousands separators, a currency sign or a percent sign), blank and missing
    /// markers (`NA`, `N/A`, `-`...) left aside.
    static List<String> in(TablePreview preview) {
        List<String> numeric = new ArrayList<>();
        for (int c = 0; c < preview.headers().size(); c++) {
            if (isNumeric(preview, c)) {
                numeric.add(preview.headers().get(c));
            }
        }
        return numeric;
    }

    private static boolean isNumeric(TablePreview preview, int column) {
        int numbers = 0;
        for (List<String> row : preview.rows()) {
            String cell = column < row.size() ? row.get(column).strip() : "";
            if (MissingMarkers.isMissing(cell)) {
                // decision: an income column with some `NA` (or `-`) is still a number column
                continue;
            }
            if (!NUMBER.matcher(CURRENCY.matcher(cell).replaceAll("").strip()).matches()) {
                return false;
            }
            numbers++;
        }
        return numbers > 0;
    }
}
