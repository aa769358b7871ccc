package io.personae.analytics.personas;

/// Whether an address can be mailed at all: one `@`, a local part, and a domain with a dot and
/// no empty label, no spaces.
///
/// decision: a plain syntactic check, not the full RFC 5322 grammar (quoted local parts,
/// comments, IP literals), which email tools themselves refuse; it catches the blanks, typos
/// and "n/a" that make a contact list bounce.
public final class EmailCheck {

    private EmailCheck() {}

    public static boolean isValid(String address) {
        if (address == null) {
            return false;
        }
        String email = address.strip();
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || email.length() > 254 || at > 64) {
            return false;
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') {
                return false;
            }
        }
        String domain = email.substring(at + 1);
        if (domain.indexOf('.') < 0 || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return false;
        }
        String local = email.substring(0, at);
        return !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
    }
}
