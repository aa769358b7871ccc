package io.personae.analytics.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/// Proposes category columns for [RoleGuesser]: the columns left over once the id, contact,
/// date, amount and feature columns are chosen, that hold a few values repeated across rows
/// (country, gender, channel, yes/no flags).
final class CategoryGuesser {

    /// decision: at most 50 distinct values in the preview, each seen twice on average, or at
    /// most 5% of the previewed rows on large previews. A persona card can show a country mix
    /// of fifty; more distinct values (cities, product names, comments) say little per segment.
    private static final int MAX_DISTINCT = 50;
    private static final double MAX_DISTINCT_SHARE = 0.05;
    /// numeric columns that are codes of a category, not quantities
    private static final List<String> CODE_NAMES = List.of("gender", "sex", "geschlecht", "genre", "sexo");
    /// columns identifying an order, a product or a person, even when a small preview repeats
    /// their values (the lines of one invoice, a family's shared surname). Phone numbers are left
    /// to the count of values: "PhoneService" (yes/no) is a category.
    private static final List<String> IDENTIFYING_PARTS = List.of(
            "name", "email", "address", "adresse", "street", "strasse", "zip", "postcode", "postalcode", "plz",
            "invoice", "rechnung", "receipt", "stockcode", "barcode");
    /// last words of a header naming a key ("Order ID", "InvoiceNo", "product_sku"); a whole
    /// word, so that "Paid" or "Platinum" can still be yes/no categories
    private static final Set<String> IDENTIFYING_LAST_WORDS = Set.of("id", "no", "nr", "number", "num", "nummer", "sku", "ean");
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|[^\\p{L}\\p{N}]+");

    private CategoryGuesser() {
    }

    /// The category columns among `columns`, in file order, leaving out those in `taken`.
    static List<String> guess(List<ColumnProfile> columns, Set<ColumnProfile> taken) {
        return columns.stream()
                .filter(column -> !taken.contains(column) && isCategory(column))
                .map(ColumnProfile::name)
                .toList();
    }

    static boolean isCategory(ColumnProfile column) {
        if (column.distinct() < 2 || column.dateShare() >= RoleGuesser.MOSTLY || column.emailShare() >= RoleGuesser.MOSTLY
                || identifies(column)) {
            return false;
        }
        boolean few = column.distinct() <= MAX_DISTINCT && column.distinct() * 2 <= column.filled()
                || column.distinct() <= column.filled() * MAX_DISTINCT_SHARE;
        if (!few) {
            return false;
        }
        boolean text = column.numberShare() < RoleGuesser.MOSTLY;
        // decision: numbers join only as flags (0/1, yes-no coded 1/2) or under a name that says
        // they code a category (gender); other numbers are quantities, features at best
        boolean flag = column.distinct() == 2 && column.filled() >= RoleGuesser.ROWS_TO_TELL_A_FLAG;
        boolean code = CODE_NAMES.stream().anyMatch(column.key()::contains);
        return text || flag || code;
    }

    private static boolean identifies(ColumnProfile column) {
        return IDENTIFYING_PARTS.stream().anyMatch(column.key()::contains) || IDENTIFYING_LAST_WORDS.contains(lastWord(column.name()));
    }

    /// The header's last word, split at separators and at lower-to-upper case changes.
    static String lastWord(String header) {
        String[] words = WORD_BREAK.split(header.strip());
        return words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
