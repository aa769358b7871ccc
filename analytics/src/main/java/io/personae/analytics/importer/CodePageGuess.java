package io.personae.analytics.importer;

/// Tells a DOS code page (IBM850) from windows-1252 in text that is not UTF-8, by which reading
/// puts plausible letters inside words.
///
/// A byte next to an ASCII letter is most likely a letter too. Each page reads it as some
/// character; a reading that gives a letter of the right case (not a capital between lowercase
/// letters) is a vote for that page. Byte 0x81 in "M?ller" is "ü" in IBM850 but undefined in
/// windows-1252; byte 0xE9 in "caf?" is "é" in windows-1252 but "Ú" in IBM850. A byte at a word's
/// edge that windows-1252 reads as a quote or a dash votes for windows-1252.
///
/// decision: windows-1252 wins ties and files without evidence, since it is by far the more
/// common of the two; IBM437 is not guessed (it reads accents as IBM850 does, and differs in
/// box-drawing and symbol bytes that say little), the user can choose it.
final class CodePageGuess {

    private static final char[] DOS = Utf8.table(FileFormat.Encoding.IBM850.charset());
    private static final char[] WINDOWS = Utf8.table(Utf8.WINDOWS_1252);

    private CodePageGuess() {
    }

    /// IBM850 when the sample's non-ASCII bytes read as letters in it more often than in
    /// windows-1252, otherwise windows-1252.
    static FileFormat.Encoding guess(byte[] sample, int from, int length) {
        long dos = 0;
        long windows = 0;
        for (int i = from; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            char before = i > from ? ascii(sample[i - 1]) : 0;
            char after = i + 1 < length ? ascii(sample[i + 1]) : 0;
            if (!Character.isLetter(before) && !Character.isLetter(after)) {
                continue;
            }
            boolean boundary = !Character.isLetter(before) || !Character.isLetter(after);
            if (boundary && quoteOrDash(WINDOWS[b])) {
                // “quoted” or a word– dash in windows-1252 (IBM850 would read them as ô, ö, û)
                windows++;
                continue;
            }
            boolean inDos = plausible(DOS[b], before, after);
            boolean inWindows = plausible(WINDOWS[b], before, after);
            if (inDos && !inWindows) {
                dos++;
            } else if (inWindows && !inDos) {
                windows++;
            }
        }
        return dos > windows ? FileFormat.Encoding.IBM850 : FileFormat.Encoding.WINDOWS_1252;
    }

    private static boolean plausible(char c, char before, char after) {
        if (!Character.isLetter(c)) {
            return false;
        }
        return !Character.isUpperCase(c) || !Character.isLowerCase(before) && !Character.isLowerCase(after);
    }

    private static boolean quoteOrDash(char c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION;
    }

    private static char ascii(byte b) {
        return b >= 0 ? (char) b : 0;
    }
}
