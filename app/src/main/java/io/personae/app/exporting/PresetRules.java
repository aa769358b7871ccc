package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportPreset;
import java.util.ArrayList;
import java.util.List;

/// What each preset does to the file, in words for the dialog, and the header it will write.
final class PresetRules {

    private PresetRules() {
    }

    /// One or two sentences on the tool's rules, so the user knows why rows may be left out.
    static String describe(ExportPreset preset) {
        return switch (preset) {
            case MAILCHIMP -> "Mailchimp audience import: Email Address is required, text fields are cut to 255 bytes,"
                    + " countries become two-letter ISO codes and a Tags column carries segment, persona and action."
                    + " Customers without a valid, unique, consented address are left out.";
            case KLAVIYO -> "Klaviyo list import: Email comes first, consent is written as Subscribed, Unsubscribed or"
                    + " Never subscribed when your data records it, dates as YYYY-MM-DD, no duplicate emails;"
                    + " files over 50 MB are split into numbered parts.";
            case HUBSPOT -> "HubSpot contact import: Email, First Name, Last Name and a Lifecycle Stage from HubSpot's"
                    + " list. Name the file .xlsx for a workbook, else it is a CSV file. Rows without a valid, unique"
                    + " address are left out.";
            case GENERIC_CSV -> "A plain CSV list of every customer of the chosen segments, for any tool or for people;"
                    + " nobody is left out, the email stays empty where unknown.";
            case XLSX -> "The plain list as an Excel workbook (.xlsx): every customer of the chosen segments.";
        };
    }

    /// The header row the export will write.
    ///
    /// decision: the engine keeps its column builder to itself, so the preview follows its documented
    /// order (email, names, HubSpot's stage, segment, persona, actions, Klaviyo's consent, variant,
    /// Mailchimp's tags, then the extra columns); `PresetRulesTest` compares it with real files so
    /// the two cannot drift apart unnoticed.
    ///
    /// @param consentKnown whether the customer table records marketing consent
    static List<String> header(ExportPreset preset, List<String> extra, boolean groups, boolean consentKnown) {
        List<String> header = new ArrayList<>(List.of(preset.emailHeader(), "First Name", "Last Name"));
        if (preset == ExportPreset.HUBSPOT) {
            header.add("Lifecycle Stage");
        }
        header.addAll(List.of("Segment", "Persona", "Primary Action", "Secondary Action"));
        if (preset == ExportPreset.KLAVIYO && consentKnown) {
            header.add("Email Marketing Consent");
        }
        if (groups) {
            header.add("Variant");
        }
        if (preset == ExportPreset.MAILCHIMP) {
            header.add("Tags");
        }
        header.addAll(extra);
        return header;
    }
}
