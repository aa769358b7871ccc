package io.personae.analytics.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// What the previewed values of one column look like, for [RoleGuesser].
///
/// @param name        the header
/// @param key         the header in [Headers#normalise] form
/// @param filled      non-missing cells
/// @param distinct    distinct non-missing values
/// @param numberShare share of non-missing cells that are numbers
/// @param dateShare   share of non-missing cells that are dates
/// @param emailShare  share of non-missing cells that look like email addresses
/// @param decimals    whether some number has a fractional part (an amount rather than a count or id)
record ColumnProfile(String name, String key, int filled, int distinct, double numberShare, double dateShare, double emailShare,
        boolean decimals) {

    static ColumnProfile of(TablePreview preview, int column) {
        Set<String> values = new HashSet<>();
        int filled = 0;
        int numbers = 0;
        int dates = 0;
        int emails = 0;
        boolean decimals = false;
        boolean decimalComma = preview.format().contains("semicolon");
        for (List<String> row : preview.rows()) {
            String text = column < row.size() ? row.get(column).strip() : "";
            if (NumberText.isMissing(text)) {
                continue;
            }
            filled++;
            values.add(text);
            double number = NumberText.parse(text, decimalComma);
            numbers += Double.isNaN(number) ? 0 : 1;
            decimals |= !Double.isNaN(number) && number != Math.rint(number);
            dates += DateText.isDate(text) ? 1 : 0;
            emails += text.indexOf('@') > 0 && text.indexOf('.', text.indexOf('@')) > 0 ? 1 : 0;
        }
        String name = preview.headers().get(column);
        double n = Math.max(1, filled);
        return new ColumnProfile(name, Headers.normalise(name), filled, values.size(), numbers / n, dates / n, emails / n, decimals);
    }

    /// Whether some value occurs twice: several rows for one key.
    boolean repeats() {
        return distinct < filled;
    }

    /// Whether every previewed row has a value and no value occurs twice.
    boolean unique() {
        return filled > 0 && distinct == filled;
    }
}
