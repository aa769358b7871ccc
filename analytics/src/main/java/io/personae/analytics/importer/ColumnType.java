package io.personae.analytics.importer;

/// What a column holds, when the user overrides what the importer would make of its values.
///
/// The type decides which roles the column can take (an order date must be a date, a feature
/// or an amount a number) and how its cells are read:
/// - [#INTEGER] reads `1.234`, `1,234` and `1 234` as 1234 whatever the file's decimal mark;
/// - [#DECIMAL] reads the decimal mark as the file writes it;
/// - [#TEXT] is kept as written: never a number, a date or a category ("00123" stays a code);
/// - [#CATEGORY] is a category even when its values look like numbers (a 1/2 gender code);
/// - [#DATE] and [#DATE_TIME] are read as dates (times are kept to the day for recency);
/// - [#BOOLEAN] reads Yes/No, Y/N, true/false, 1/0 (and Ja/Nein, Oui/Non, Sí/No) as Yes or No;
/// - [#IGNORE] is left out of the import altogether, as if the file did not have it.
public enum ColumnType {
    INTEGER, DECIMAL, TEXT, CATEGORY, DATE, DATE_TIME, BOOLEAN, IGNORE;

    /// Whether the column holds numbers (a feature, an amount, a quantity or a price).
    public boolean numeric() {
        return this == INTEGER || this == DECIMAL;
    }

    /// Whether the column holds dates.
    public boolean date() {
        return this == DATE || this == DATE_TIME;
    }

    /// Whether the column is read as a category.
    public boolean category() {
        return this == CATEGORY || this == BOOLEAN;
    }
}
