package io.personae.analytics.personas;

/// Whether an address can be mailed at all: one `@`, a local part, and a domain with a dot and
/// no empty label, no spaces.
///
/// decision: a plain syntactic check, not the full RFC 5322 grammar (quoted local parts,
/// comments, IP literals), which email tools themselves refuse; it catches the blanks, typos
/// and "n/a" that make a contact list bounce.
public final class EmailCheck {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    private EmailCheck() {}

    /// Spaces around the address (as [String#strip] sees them) are ignored.
    ///
    /// decision: one pass over the characters, no stripped copy and no substrings: an export
    /// checks a million addresses, and this was its largest cost after writing. The rules read as
    /// "a dot is never first, last, beside the `@` or beside another dot", which is the same as
    /// "neither part starts or ends with a dot or holds two in a row".
    public static boolean isValid(String address) {
        if (address == null) {
            return false;
        }
        int start = 0;
        int end = address.length();
        while (start < end && Character.isWhitespace(address.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(address.charAt(end - 1))) {
            end--;
        }
        if (end - start > MAX_LENGTH) {
            return false;
        }
        int at = -1;
        boolean dotInDomain = false;
        // the start of the address counts as a boundary a dot may not follow, as the '@' does
        char previous = '@';
        for (int i = start; i < end; i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') {
                return false;
            }
            if (c == '@') {
                if (at >= 0 || previous == '.') {
                    return false;
                }
                at = i;
            } else if (c == '.') {
                if (previous == '.' || previous == '@') {
                    return false;
                }
                dotInDomain |= at >= 0;
            }
            previous = c;
        }
        return at > start && at - start <= MAX_LOCAL_LENGTH && dotInDomain && previous != '.';
    }
}
