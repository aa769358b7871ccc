package io.personae.analytics.workspace;

import java.nio.ByteBuffer;

/// Arrays as bytes for BLOB columns.
///
/// decision: a segmentation's per-customer arrays are stored as one blob each, not one row per
/// customer: a run is always written and read whole, and a million rows would turn "keep this
/// segmentation" from milliseconds into seconds.
final class Packing {

    private Packing() {
    }

    static byte[] ints(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    static int[] ints(byte[] bytes) {
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    static byte[] floats(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }

    /// A rectangular matrix, row after row, after a leading int of the row length.
    static byte[] matrix(double[][] rows) {
        int width = rows.length == 0 ? 0 : rows[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + rows.length * width * Double.BYTES);
        buffer.putInt(width);
        for (double[] row : rows) {
            if (row.length != width) {
                throw new IllegalArgumentException("Every centroid needs one value per feature");
            }
            for (double value : row) {
                buffer.putDouble(value);
            }
        }
        return buffer.array();
    }

    static double[][] matrix(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int width = buffer.getInt();
        int height = width == 0 ? 0 : buffer.remaining() / (width * Double.BYTES);
        double[][] rows = new double[height][width];
        for (double[] row : rows) {
            for (int i = 0; i < width; i++) {
                row[i] = buffer.getDouble();
            }
        }
        return rows;
    }
}
