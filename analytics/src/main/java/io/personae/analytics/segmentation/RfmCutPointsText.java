package io.personae.analytics.segmentation;

import java.util.Arrays;
import java.util.stream.Collectors;

/// RFM cut points as one line of text, `R1,R2,R3,R4/F1,F2,F3,F4/M1,M2,M3,M4`: how the command
/// line takes them and how the workspace stores them with a run.
public final class RfmCutPointsText {

    private RfmCutPointsText() {}

    /// Exact: parsing the text gives back equal cut points.
    public static String format(RfmCutPoints cuts) {
        return join(cuts.recency()) + "/" + join(cuts.frequency()) + "/" + join(cuts.monetary());
    }

    /// @throws IllegalArgumentException with a message saying what is wrong, for the user
    public static RfmCutPoints parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("RFM cut points need three lists separated by '/': recency, frequency "
                    + "and monetary, four numbers each, for example 30,90,180,365/1,2,3,5/50,100,250,500; got \""
                    + text + "\".");
        }
        return new RfmCutPoints(numbers("recency", parts[0]), numbers("frequency", parts[1]),
                numbers("monetary", parts[2]));
    }

    /// Four ascending numbers, comma-separated.
    ///
    /// @throws IllegalArgumentException naming the measure when the list is not four numbers
    public static double[] numbers(String measure, String text) {
        String[] items = text.strip().split(",", -1);
        if (items.length != 4) {
            throw new IllegalArgumentException("RFM " + measure + " needs four cut points separated by commas, "
                    + "for example 1,2,3,5; got \"" + text.strip() + "\".");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(items[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("RFM " + measure + " cut point \"" + items[i].strip()
                        + "\" is not a number.", e);
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("RFM " + measure + " cut points must be finite numbers.");
            }
        }
        return values;
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }
}
