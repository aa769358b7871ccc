package io.personae.analytics.exporter;

import java.util.List;
import java.util.Objects;

/// The customers an export wrote, in file order, with their test group: what the export history
/// keeps so "who got the spring campaign" can be answered after the data has changed.
///
/// Arrays are not copied (a million customers); callers must not modify them.
///
/// @param ids        customer keys in file order
/// @param groups     per customer the index of their group in `groupNames`; `null` without test groups
/// @param groupNames the group names ("A", "B", "Holdout"), empty without test groups
public record ExportedRows(String[] ids, byte[] groups, List<String> groupNames) {

    public ExportedRows {
        Objects.requireNonNull(ids, "ids");
        groupNames = List.copyOf(groupNames);
        if (groups != null && groups.length != ids.length) {
            throw new IllegalArgumentException("One group is needed per customer");
        }
    }

    public static ExportedRows none() {
        return new ExportedRows(new String[0], null, List.of());
    }

    public int size() {
        return ids.length;
    }

    /// Customer `i`'s group name, "" without test groups.
    public String variant(int i) {
        return groups == null ? "" : groupNames.get(groups[i]);
    }
}
