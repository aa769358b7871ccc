package io.personae.analytics.segmentation;

import io.personae.analytics.features.CustomerTable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/// A short hash of a customer table's ids, feature names and values: a stored segmentation
/// still describes the data when the fingerprints match.
final class Fingerprint {

    private static final int HEX_CHARS = 16;

    private Fingerprint() {}

    static String of(CustomerTable table) {
        MessageDigest digest = sha256();
        for (String id : table.ids()) {
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        ByteBuffer buffer = ByteBuffer.allocate(8 * 4096);
        for (int f = 0; f < table.features().size(); f++) {
            digest.update(table.features().get(f).name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            for (double value : table.column(f)) {
                if (!buffer.hasRemaining()) {
                    digest.update(buffer.flip());
                    buffer.clear();
                }
                buffer.putDouble(value);
            }
            digest.update(buffer.flip());
            buffer.clear();
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_CHARS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
        }
    }
}
