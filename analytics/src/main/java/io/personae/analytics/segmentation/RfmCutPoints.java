package io.personae.analytics.segmentation;

import java.util.Arrays;

/// The boundaries that turn recency, frequency and monetary value into scores 1 to 5.
///
/// Each array holds four ascending cut points: a value up to the first scores 1 (for recency,
/// where fewer days is better, the scale is reversed: up to the first scores 5), and so on.
/// Computed from quintiles by default; users can see and override them.
public record RfmCutPoints(double[] recency, double[] frequency, double[] monetary) {

    public RfmCutPoints {
        recency = check("recency", recency);
        frequency = check("frequency", frequency);
        monetary = check("monetary", monetary);
    }

    private static double[] check(String name, double[] cuts) {
        if (cuts == null || cuts.length != 4) {
            throw new IllegalArgumentException("RFM " + name + " needs four cut points.");
        }
        for (int i = 1; i < cuts.length; i++) {
            if (!(cuts[i] >= cuts[i - 1])) {
                throw new IllegalArgumentException("RFM " + name + " cut points must go up: " + Arrays.toString(cuts));
            }
        }
        return cuts.clone();
    }

    @Override
    public double[] recency() {
        return recency.clone();
    }

    @Override
    public double[] frequency() {
        return frequency.clone();
    }

    @Override
    public double[] monetary() {
        return monetary.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RfmCutPoints other && Arrays.equals(recency, other.recency)
                && Arrays.equals(frequency, other.frequency) && Arrays.equals(monetary, other.monetary);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(recency) + Arrays.hashCode(frequency)) + Arrays.hashCode(monetary);
    }

    @Override
    public String toString() {
        return "RfmCutPoints[recency=" + Arrays.toString(recency) + ", frequency=" + Arrays.toString(frequency)
                + ", monetary=" + Arrays.toString(monetary) + "]";
    }
}
