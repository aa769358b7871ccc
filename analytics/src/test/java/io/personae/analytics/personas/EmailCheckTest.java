package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Pins the answers [EmailCheck] gave before it was made allocation-free, on tricky addresses and
/// on every short string over the characters that matter, against that earlier code kept here.
class EmailCheckTest {

    /// The check as it was before the allocation-free rewrite (strip, then two substrings).
    private static boolean reference(String address) {
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

    @ParameterizedTest
    @ValueSource(strings = {"ann@shop.com", "  ann@shop.com  ", "\tann@shop.com\n", "\u2003ann@shop.com\u2003",
        "a.b@c.d", "a@b.c.d", "a-b+tag@x.io", "ÄNN@bücher.de", "x@a.b"})
    void givenAMailableAddress_whenChecked_thenValid(String address) {
        assertTrue(EmailCheck.isValid(address), address);
        assertTrue(reference(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "n/a", "@shop.com", "ann@", "ann@shop", "ann@@shop.com", "a@b@c.com",
        "ann@.shop.com", "ann@shop.com.", "ann@shop..com", ".ann@shop.com", "ann.@shop.com", "an..n@shop.com",
        "ann @shop.com", "ann@sh op.com", "ann@shop.com,bob@shop.com", "ann;x@shop.com", "<ann@shop.com>",
        "\"ann\"@shop.com", "ann\u2003@shop.com", "@", ".@.", "a@.", "a@b.", "a@.b"})
    void givenAnUnmailableAddress_whenChecked_thenInvalid(String address) {
        assertFalse(EmailCheck.isValid(address), address);
        assertFalse(reference(address), address);
    }

    /// A quirk kept on purpose: Java does not count the no-break space as whitespace, so the
    /// check neither strips nor refuses it.
    @Test
    void givenANoBreakSpace_whenChecked_thenItCountsAsAnOrdinaryCharacter() {
        assertTrue(EmailCheck.isValid("ann@shop.com\u00a0x"));
        assertTrue(EmailCheck.isValid("\u00a0@shop.com"), "a no-break space is a local part");
        assertTrue(EmailCheck.isValid("\u00a0ann@shop.com"));
    }

    @Test
    void givenNull_whenChecked_thenInvalid() {
        assertFalse(EmailCheck.isValid(null));
    }

    @Test
    void givenLocalPartsOf64And65Characters_whenChecked_thenOnlyTheShorterIsValid() {
        assertTrue(EmailCheck.isValid("a".repeat(64) + "@shop.com"));
        assertFalse(EmailCheck.isValid("a".repeat(65) + "@shop.com"));
        assertTrue(EmailCheck.isValid("  " + "a".repeat(64) + "@shop.com"), "spaces around do not count");
    }

    @Test
    void givenAddressesOf254And255Characters_whenChecked_thenOnlyTheShorterIsValid() {
        String domain254 = "d".repeat(254 - 2 - 4) + ".com";
        assertTrue(EmailCheck.isValid("a@" + domain254));
        assertFalse(EmailCheck.isValid("a@d" + domain254));
        assertTrue(EmailCheck.isValid(" \t a@" + domain254 + " \n"), "spaces around do not count");
    }

    @Test
    void givenEveryShortStringOverTheCharactersThatMatter_whenChecked_thenTheAnswerIsTheEarlierOne() {
        char[] alphabet = {'a', '@', '.', ' ', ',', '\u00a0', '\u2003', 'é', '"'};
        int compared = 0;
        for (int length = 0; length <= 6; length++) {
            int[] digits = new int[length];
            char[] chars = new char[length];
            while (true) {
                for (int i = 0; i < length; i++) {
                    chars[i] = alphabet[digits[i]];
                }
                String address = new String(chars);
                assertEquals(reference(address), EmailCheck.isValid(address), () -> "'" + address + "'");
                compared++;
                int i = length - 1;
                while (i >= 0 && ++digits[i] == alphabet.length) {
                    digits[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        assertEquals(597_871, compared);
    }

    @Test
    void givenLongAddressesAroundTheLimits_whenChecked_thenTheAnswerIsTheEarlierOne() {
        for (int local = 0; local <= 70; local++) {
            for (int pad = 0; pad <= 2; pad++) {
                for (int domain = 180; domain <= 195; domain++) {
                    String address = " ".repeat(pad) + "l".repeat(local) + "@" + "d".repeat(domain - 4) + ".com"
                            + "\t".repeat(pad);
                    assertEquals(reference(address), EmailCheck.isValid(address), address);
                }
            }
        }
    }
}
