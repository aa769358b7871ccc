package io.personae.analytics.importer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/// Numbers the distinct texts of a column 0, 1, 2... in order of first appearance, keeping one
/// `String` per distinct text: customer ids, category values.
///
/// decision: ASCII texts, nearly all of them, are looked up by their bytes in an open-addressing
/// table over one byte array, so no `String` is made for a text already seen; the rare text with
/// other characters goes through a `HashMap`. An ASCII text and any other can never be equal, so
/// the two never disagree.
final class TextCodes {

    private byte[] arena = new byte[1 << 14];
    private int arenaLength;
    /// per code: where its bytes start in the arena (high half) and how many there are (low half)
    private long[] spans = new long[256];
    private String[] texts = new String[256];
    /// per slot: the text's 32-bit hash (high half) and its code + 1 (low half); 0 for an empty slot
    ///
    /// decision: the hash and the span sit in the two arrays a look-up must touch anyway, so a
    /// look-up of one of 100,000 customer ids costs three cache misses (slot, span, bytes) rather
    /// than six (slot, hash, string array, string, start, bytes)
    private long[] table = new long[1024];
    private final Map<String, Integer> others = new HashMap<>();
    private int size;

    /// The code of the text spelled by ASCII `bytes[from..to)`, a new one for a text not seen yet.
    int of(byte[] bytes, int from, int to) {
        long wide = AsciiCells.hash64(bytes, from, to);
        int hash = (int) (wide ^ (wide >>> 32));
        int mask = table.length - 1;
        int length = to - from;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return add(bytes, from, length, hash, slot);
            }
            if ((int) (entry >>> 32) == hash) {
                int code = (int) entry - 1;
                long span = spans[code];
                if ((int) span == length && sameBytes((int) (span >>> 32), bytes, from, length)) {
                    return code;
                }
            }
        }
    }

    /// Whether the arena from `start` holds `bytes[from..from+length)`.
    ///
    /// decision: a plain loop, as ids and categories are a few bytes long and
    /// [Arrays#equals(byte[], int, int, byte[], int, int)] costs more to set up than it saves
    private boolean sameBytes(int start, byte[] bytes, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (arena[start + i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    /// The code of `text`, a new one for a text not seen yet.
    int of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return others.computeIfAbsent(text, this::newCode);
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return of(bytes, 0, bytes.length);
    }

    /// The text of code `code`.
    String text(int code) {
        return texts[code];
    }

    /// The texts numbered so far, by code.
    String[] texts() {
        return Arrays.copyOf(texts, size);
    }

    /// How many texts have been numbered.
    int size() {
        return size;
    }

    private int add(byte[] bytes, int from, int length, int hash, int slot) {
        if (arenaLength + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLength + length));
        }
        System.arraycopy(bytes, from, arena, arenaLength, length);
        int code = newCode(new String(bytes, from, length, StandardCharsets.ISO_8859_1));
        spans[code] = (long) arenaLength << 32 | length;
        arenaLength += length;
        table[slot] = (long) hash << 32 | (code + 1);
        if (size * 2 > table.length) {
            rehash();
        }
        return code;
    }

    /// A new code for `text`; a text that is not ASCII is numbered but never entered in the table.
    private int newCode(String text) {
        if (size == texts.length) {
            int capacity = size * 2;
            texts = Arrays.copyOf(texts, capacity);
            spans = Arrays.copyOf(spans, capacity);
        }
        texts[size] = text;
        return size++;
    }

    private void rehash() {
        long[] grown = new long[table.length * 2];
        int mask = grown.length - 1;
        for (long entry : table) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = entry;
            }
        }
        table = grown;
    }
}
