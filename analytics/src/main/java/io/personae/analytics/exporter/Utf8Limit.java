package io.personae.analytics.exporter;

/// Cuts text to a number of UTF-8 bytes without splitting a character: Mailchimp stores at most
/// 255 bytes per text field and drops the rest of a longer value, mid-letter if need be.
final class Utf8Limit {

    private Utf8Limit() {}

    /// The bytes `text` takes in UTF-8.
    static int length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /// The longest start of `text` that fits in `maxBytes`, whole code points only.
    static String cut(String text, int maxBytes) {
        if (text.length() * 3 <= maxBytes || length(text) <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return text.substring(0, i);
    }
}
