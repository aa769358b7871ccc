package io.personae.analytics.exporter;

/// Why a customer of the chosen segments was left out of an email-tool export.
public enum Exclusion {
    /// No email address recorded.
    MISSING_EMAIL("No email address"),
    /// An address the tool would reject or that would bounce (see [io.personae.analytics.personas.EmailCheck]).
    INVALID_EMAIL("Invalid email address"),
    /// The address of a customer listed earlier (ignoring case): the tool would merge or reject the row.
    DUPLICATE_EMAIL("Duplicate email address"),
    /// The data records consent and this customer did not give it.
    NO_CONSENT("No marketing consent");

    private final String label;

    Exclusion(String label) {
        this.label = label;
    }

    /// The reason in words, as in the summary and the excluded-rows file.
    public String label() {
        return label;
    }
}
