package io.personae.analytics.importer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Header names as users see them, and the looser form used to match them.
final class Headers {

    private Headers() {
    }

    /// Trimmed, never blank ("Column 3"), unique ("Name (2)"): a mapping names columns by their
    /// header text, so two columns must never share one.
    static List<String> clean(List<String> raw) {
        List<String> names = new ArrayList<>(raw.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i) == null ? "" : raw.get(i).strip();
            if (name.isEmpty()) {
                name = "Column " + (i + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            names.add(unique);
        }
        return List.copyOf(names);
    }

    /// `Column 1`, `Column 2`... for a file without a header row.
    static List<String> generated(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("Column " + i);
        }
        return List.copyOf(names);
    }

    /// Whether a first row is data rather than names: every cell is a number or a date.
    ///
    /// decision: a header of numbers only is rare (years as column names, in a wide report
    /// that is not a customer file), and a name-less export such as `CDNOW_master.txt`
    /// ("00001 20210101 1 11.77") is the case the guess exists for.
    static boolean looksLikeData(List<String> firstRow) {
        int filled = 0;
        for (String cell : firstRow) {
            String text = cell.strip();
            if (text.isEmpty()) {
                continue;
            }
            filled++;
            if (Double.isNaN(NumberText.parse(text, false)) && !DateText.isDate(text)) {
                return false;
            }
        }
        return filled > 0;
    }

    /// Lower case, accents and everything but letters and digits removed: "Customer ID",
    /// "customer_id" and "CustomerID" all become "customerid", "Prénom" becomes "prenom".
    static String normalise(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (c == '$' || c == '€' || c == '£') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /// The index of `column` in `headers`, or a message-carrying exception for the user.
    ///
    /// @param role what the column should hold, as a phrase ("the order amount")
    static int indexOf(List<String> headers, String column, String role, Path file) throws ImportException {
        int exact = headers.indexOf(column.strip());
        if (exact >= 0) {
            // "Amount (2)" was made by [#clean] for a second column called "Amount"
            int twin = headers.indexOf(column.strip() + " (2)");
            if (twin >= 0) {
                throw new ImportException(file, 1, "The header names two columns '" + column.strip() + "' (columns " + (exact + 1)
                        + " and " + (twin + 1) + "), so it is not clear which holds " + role
                        + ". Rename one of them in the file and import again.");
            }
            return exact;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        throw new ImportException(file, 0, "Column '" + column + "' is not in the file's header (found: "
                + String.join(", ", headers) + "). Choose the column that holds " + role + ".");
    }
}
