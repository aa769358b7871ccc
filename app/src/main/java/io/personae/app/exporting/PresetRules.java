package io.personae.app.exporting;

import io.personae.analytics.exporter.ExportPreset;

/// What each preset does to the file, in words for the dialog. The header it writes comes from
/// the engine ([io.personae.analytics.exporter.PresetColumns#header]).
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
}
