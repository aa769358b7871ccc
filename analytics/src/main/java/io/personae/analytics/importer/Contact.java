package io.personae.analytics.importer;

/// How to reach a customer; any part may be `null` when the file does not have it.
public record Contact(String email, String firstName, String lastName) {

    public static final Contact NONE = new Contact(null, null, null);
}
