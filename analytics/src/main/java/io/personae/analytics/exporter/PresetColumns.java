package io.personae.analytics.exporter;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.personas.ColumnRoles;
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
public final class PresetColumns {

    static final String FIRST_NAME = "First Name";
    static final String LAST_NAME = "Last Name";
    /// decision: `Segment` is the segment's stable number ("Segment 3", kept across re-runs by the
    /// matching) and `Persona` its name, which users may edit: a tag that must not change when a
    /// persona is renamed, and one a person reads.
    static final String SEGMENT = "Segment";
    static final String PERSONA = "Persona";
    static final String PRIMARY_ACTION = "Primary Action";
    static final String SECONDARY_ACTION = "Secondary Action";
    static final String VARIANT = "Variant";
    static final String CONSENT = "Email Marketing Consent";
    static final String LIFECYCLE = "Lifecycle Stage";
    static final String TAGS = "Tags";
    static final int MAILCHIMP_MAX_BYTES = 255;

    private PresetColumns() {}

    /// The header row an export of `table` with `preset` writes: what the export dialog previews
    /// before anything is written, from the same order the export itself follows.
    ///
    /// @param extra  the extra columns picked, as [ExportOptions#columns]
    /// @param groups whether test groups are drawn (a `Variant` column)
    /// @throws ExportException when an extra column does not exist or repeats one of the preset's
    public static List<String> header(CustomerTable table, ExportPreset preset, List<String> extra, boolean groups)
            throws ExportException {
        List<String> header = fixed(preset, ColumnRoles.consentColumn(table).isPresent(), groups);
        header.addAll(extraColumns(table, preset, header, extra).stream().map(ExportColumn::header).toList());
        return header;
    }

    /// The preset's own columns, in file order: email, names, HubSpot's stage, segment, persona,
    /// actions, Klaviyo's consent, the variant, Mailchimp's tags.
    private static List<String> fixed(ExportPreset preset, boolean consentKnown, boolean groups) {
        List<String> header = new ArrayList<>(List.of(preset.emailHeader(), FIRST_NAME, LAST_NAME));
        if (preset == ExportPreset.HUBSPOT) {
            header.add(LIFECYCLE);
        }
        header.addAll(List.of(SEGMENT, PERSONA, PRIMARY_ACTION, SECONDARY_ACTION));
        if (preset == ExportPreset.KLAVIYO && consentKnown) {
            header.add(CONSENT);
        }
        if (groups) {
            header.add(VARIANT);
        }
        if (preset == ExportPreset.MAILCHIMP) {
            header.add(TAGS);
        }
        return header;
    }

    /// @param consent per customer Klaviyo's consent word, `null` when the data records none
    static List<ExportColumn> build(ExportPreset preset, RowFacts facts, String[] consent, List<String> extra,
            Adjustments adjustments) throws ExportException {
        List<ExportColumn> columns = new ArrayList<>();
        List<String> fixed = fixed(preset, consent != null, facts.hasGroups());
        columns.add(new ExportColumn(preset.emailHeader(), (row, position) -> facts.email(row)));
        for (String header : fixed.subList(1, fixed.size())) {
            columns.add(column(header, facts, consent, adjustments));
        }
        for (ExportColumn column : extraColumns(facts.table, preset, fixed, extra)) {
            columns.add(shaped(preset, column, adjustments));
        }
        return preset == ExportPreset.MAILCHIMP ? limited(columns, adjustments) : columns;
    }

    /// The fixed column of this header, after the email.
    private static ExportColumn column(String header, RowFacts facts, String[] consent, Adjustments adjustments) {
        ExportColumn.Cell cell = switch (header) {
            case FIRST_NAME -> (row, position) -> facts.firstName(row);
            case LAST_NAME -> (row, position) -> facts.lastName(row);
            case LIFECYCLE -> lifecycle(facts.table, adjustments);
            case SEGMENT -> (row, position) -> facts.segment(row);
            case PERSONA -> (row, position) -> facts.persona(row);
            case PRIMARY_ACTION -> (row, position) -> facts.primaryAction(row);
            case SECONDARY_ACTION -> (row, position) -> facts.secondaryAction(row);
            case CONSENT -> (row, position) -> consent[row];
            case VARIANT -> (row, position) -> facts.group(position);
            case TAGS -> (row, position) -> MailchimpTags.field(List.of(facts.segment(row), facts.persona(row),
                    facts.primaryAction(row), facts.hasGroups() ? facts.group(position) : ""), adjustments);
            default -> throw new IllegalArgumentException("No preset writes a column '" + header + "'");
        };
        return new ExportColumn(header, cell);
    }

    /// The extra columns the user picked, under their names in the table.
    private static List<ExportColumn> extraColumns(CustomerTable table, ExportPreset preset, List<String> fixed,
            List<String> extra) throws ExportException {
        Set<String> headers = new HashSet<>();
        fixed.forEach(header -> headers.add(header.toLowerCase(Locale.ROOT)));
        List<ExportColumn> columns = new ArrayList<>();
        for (String name : extra) {
            ExportColumn column = CustomColumns.find(table, name);
            if (!headers.add(column.header().toLowerCase(Locale.ROOT))) {
                throw new ExportException("The " + preset.label() + " export already has a column '" + column.header()
                        + "'; pick other extra columns.");
            }
            columns.add(column);
        }
        return columns;
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
    private static ExportColumn.Cell lifecycle(CustomerTable table, Adjustments adjustments) {
        OptionalInt orders = ordersFeature(table);
        if (orders.isEmpty()) {
            adjustments.note("The customers have no order count or spend column: " + LIFECYCLE + " is left blank.");
            return (row, position) -> "";
        }
        double[] values = table.column(orders.getAsInt());
        String customer = LifecycleStage.CUSTOMER.value();
        return (row, position) -> values[row] > 0 ? customer : "";
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
