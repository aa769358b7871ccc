package io.personae.analytics.exporter;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/// The email tools and file kinds an export is shaped for. Each tool reads its own column names
/// and refuses or silently mangles what breaks its rules (see [PresetColumns] for the columns and
/// the rules each applies).
public enum ExportPreset {
    /// Mailchimp's audience import: `Email Address` plus merge fields of at most 255 bytes, ISO
    /// country codes and a `Tags` column.
    MAILCHIMP("mailchimp", "Mailchimp", "Email Address", true, false),
    /// Klaviyo's list import: `Email` first, consent in Klaviyo's words, ISO dates, at most 50 MB a file.
    KLAVIYO("klaviyo", "Klaviyo", "Email", true, false),
    /// HubSpot's contact import: `Email`, names and a lifecycle stage; CSV or Excel.
    HUBSPOT("hubspot", "HubSpot", "Email", true, true),
    /// Today's plain list: every customer of the segments, for any tool or for people.
    GENERIC_CSV("csv", "CSV", "Email Address", false, false),
    /// The plain list as an Excel workbook.
    XLSX("xlsx", "Excel workbook", "Email Address", false, true);

    private final String id;
    private final String label;
    private final String emailHeader;
    private final boolean emailTool;
    private final boolean allowsXlsx;

    ExportPreset(String id, String label, String emailHeader, boolean emailTool, boolean allowsXlsx) {
        this.id = id;
        this.label = label;
        this.emailHeader = emailHeader;
        this.emailTool = emailTool;
        this.allowsXlsx = allowsXlsx;
    }

    /// The short name used on the command line and in the workspace ("mailchimp", "csv"...).
    public String id() {
        return id;
    }

    /// The name users read.
    public String label() {
        return label;
    }

    /// The header of the email column, as the tool maps it automatically.
    public String emailHeader() {
        return emailHeader;
    }

    /// Whether the file goes to an email tool, which rejects or bounces rows without a valid,
    /// unique, consented address: such rows are then always left out (see [ExportValidator]).
    public boolean forEmailTool() {
        return emailTool;
    }

    /// Whether the preset writes an Excel workbook for `fileName`: always for [#XLSX], for
    /// HubSpot when the name ends in `.xlsx`.
    public boolean writesXlsx(String fileName) {
        return this == XLSX || allowsXlsx && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /// The preset with this id or label, ignoring case.
    ///
    /// @throws IllegalArgumentException naming the choices when there is none
    public static ExportPreset of(String name) {
        String wanted = name == null ? "" : name.strip();
        for (ExportPreset preset : values()) {
            if (preset.id.equalsIgnoreCase(wanted) || preset.label.equalsIgnoreCase(wanted)
                    || preset.name().equalsIgnoreCase(wanted)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("There is no export preset '" + wanted + "'; choose one of "
                + Arrays.stream(values()).map(ExportPreset::id).collect(Collectors.joining(", ")) + ".");
    }
}
