package io.personae.analytics.exporter;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/// The columns each preset writes and the rules it applies to their values.
///
/// Every preset carries email and names, `Segment` (the stable number), `Persona`, the primary
/// and secondary action, `Variant` when test groups are drawn, then the user's extra columns.
/// On top of that:
/// - Mailchimp: text fields cut to 255 bytes, countries as ISO codes, a `Tags` column
///   (segment, persona, primary action, variant);
/// - Klaviyo: `Email` first, `Email Marketing Consent` when the data records consent, dates as
///   `YYYY-MM-DD`;
/// - HubSpot: `Email` and `Lifecycle Stage` after the names.
final class PresetColumns {

    static final String VARIANT = "Variant";
    static final String CONSENT = "Email Marketing Consent";
    static final String LIFECYCLE = "Lifecycle Stage";
    static final String TAGS = "Tags";
    static final int MAILCHIMP_MAX_BYTES = 255;

    private PresetColumns() {}

    /// @param consent per customer Klaviyo's consent word, `null` when the data records none
    static List<ExportColumn> build(ExportPreset preset, RowFacts facts, String[] consent, List<String> extra,
            Adjustments adjustments) throws ExportException {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(new ExportColumn(preset.emailHeader(), (row, position) -> facts.email(row)));
        columns.add(new ExportColumn("First Name", (row, position) -> facts.firstName(row)));
        columns.add(new ExportColumn("Last Name", (row, position) -> facts.lastName(row)));
        if (preset == ExportPreset.HUBSPOT) {
            columns.add(lifecycle(facts.table, adjustments));
        }
        columns.add(new ExportColumn("Segment", (row, position) -> facts.segment(row)));
        columns.add(new ExportColumn("Persona", (row, position) -> facts.persona(row)));
        columns.add(new ExportColumn("Primary Action", (row, position) -> facts.primaryAction(row)));
        columns.add(new ExportColumn("Secondary Action", (row, position) -> facts.secondaryAction(row)));
        if (preset == ExportPreset.KLAVIYO && consent != null) {
            columns.add(new ExportColumn(CONSENT, (row, position) -> consent[row]));
        }
        if (facts.hasGroups()) {
            columns.add(new ExportColumn(VARIANT, (row, position) -> facts.group(position)));
        }
        if (preset == ExportPreset.MAILCHIMP) {
            columns.add(new ExportColumn(TAGS, (row, position) -> MailchimpTags.field(List.of(facts.segment(row),
                    facts.persona(row), facts.primaryAction(row), facts.hasGroups() ? facts.group(position) : ""),
                    adjustments)));
        }
        Set<String> headers = new HashSet<>();
        columns.forEach(column -> headers.add(column.header().toLowerCase(Locale.ROOT)));
        for (String name : extra) {
            ExportColumn column = CustomColumns.find(facts.table, name);
            if (!headers.add(column.header().toLowerCase(Locale.ROOT))) {
                throw new ExportException("The " + preset.label() + " export already has a column '" + column.header()
                        + "'; pick other extra columns.");
            }
            columns.add(shaped(preset, column, adjustments));
        }
        return preset == ExportPreset.MAILCHIMP ? limited(columns, adjustments) : columns;
    }

    /// An extra column under the preset's rules for its values.
    private static ExportColumn shaped(ExportPreset preset, ExportColumn column, Adjustments adjustments) {
        if (preset == ExportPreset.MAILCHIMP && column.header().toLowerCase(Locale.ROOT).contains("country")) {
            return new ExportColumn(column.header(), (row, position) -> {
                String value = column.at(row, position);
                if (value.isBlank()) {
                    return "";
                }
                return CountryCodes.iso2(value).orElseGet(() -> {
                    adjustments.unknownCountry(value);
                    return "";
                });
            });
        }
        if (preset == ExportPreset.KLAVIYO) {
            return new ExportColumn(column.header(), (row, position) -> DateCells.iso(column.at(row, position)));
        }
        return column;
    }

    /// Mailchimp's 255 bytes on every text field but the address (checked valid, so short) and the
    /// tags (which keep their own limit).
    private static List<ExportColumn> limited(List<ExportColumn> columns, Adjustments adjustments) {
        List<ExportColumn> limited = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ExportColumn column = columns.get(c);
            if (c == 0 || column.header().equals(TAGS)) {
                limited.add(column);
                continue;
            }
            limited.add(new ExportColumn(column.header(), (row, position) -> {
                String value = column.at(row, position);
                String cut = Utf8Limit.cut(value, MAILCHIMP_MAX_BYTES);
                if (cut.length() < value.length()) {
                    adjustments.truncated(column.header(), MAILCHIMP_MAX_BYTES);
                }
                return cut;
            }));
        }
        return limited;
    }

    /// decision: a customer with at least one order (or any spend) is a HubSpot `customer`; others
    /// are left blank, so HubSpot keeps the stage it has for them rather than demoting a lead.
    private static ExportColumn lifecycle(CustomerTable table, Adjustments adjustments) {
        OptionalInt orders = ordersFeature(table);
        if (orders.isEmpty()) {
            adjustments.note("The customers have no order count or spend column: " + LIFECYCLE + " is left blank.");
            return new ExportColumn(LIFECYCLE, (row, position) -> "");
        }
        double[] values = table.column(orders.getAsInt());
        String customer = LifecycleStage.CUSTOMER.value();
        return new ExportColumn(LIFECYCLE, (row, position) -> values[row] > 0 ? customer : "");
    }

    /// The count feature named after orders or purchases, else the first count, else the spend.
    private static OptionalInt ordersFeature(CustomerTable table) {
        List<Feature> features = table.features();
        OptionalInt firstCount = OptionalInt.empty();
        for (int f = 0; f < features.size(); f++) {
            Feature feature = features.get(f);
            if (feature.kind() != FeatureKind.COUNT) {
                continue;
            }
            String name = feature.name().toLowerCase(Locale.ROOT);
            if (name.contains("order") || name.contains("purchase") || name.contains("frequency")) {
                return OptionalInt.of(f);
            }
            if (firstCount.isEmpty()) {
                firstCount = OptionalInt.of(f);
            }
        }
        return firstCount.isPresent() ? firstCount : table.revenueFeature();
    }
}
