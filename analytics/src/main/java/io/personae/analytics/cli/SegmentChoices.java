package io.personae.analytics.cli;

import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.RfmCutPointsText;
import io.personae.analytics.segmentation.Scaling;
import io.personae.analytics.segmentation.SegmentationException;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/// The words `personae segment` takes for methods, scalings and missing values, and the RFM cut
/// point options: a wrong word is a usage error that names the right ones.
final class SegmentChoices {

    static final Map<String, Method> METHODS = Map.of("kmeans", Method.KMEANS, "gmm", Method.GAUSSIAN_MIXTURE,
            "ward", Method.WARD, "kprototypes", Method.K_PROTOTYPES, "rfm", Method.RFM);
    static final Map<String, Scaling> SCALINGS = Map.of("auto", Scaling.AUTO, "standardise", Scaling.STANDARDISE,
            "standardize", Scaling.STANDARDISE, "robust", Scaling.ROBUST, "log", Scaling.LOG, "rank", Scaling.RANK);
    static final Map<String, MissingValues> MISSING = Map.of("drop", MissingValues.DROP, "median", MissingValues.MEDIAN,
            "own", MissingValues.OWN_CATEGORY);

    private SegmentChoices() {}

    /// `--method kmeans|gmm|ward|kprototypes|rfm`
    static final class MethodConverter implements CommandLine.ITypeConverter<Method> {
        @Override
        public Method convert(String value) {
            return word(METHODS, value, "a method; use kmeans, gmm, ward, kprototypes or rfm");
        }
    }

    /// `--feature NAME[:scaling]`; the last colon splits, and only when a scaling word follows
    /// it, so a feature name may hold colons.
    static final class FeatureConverter implements CommandLine.ITypeConverter<FeatureChoice> {
        @Override
        public FeatureChoice convert(String value) {
            int colon = value.lastIndexOf(':');
            if (colon > 0 && SCALINGS.containsKey(value.substring(colon + 1).strip().toLowerCase(Locale.ROOT))) {
                return new FeatureChoice(value.substring(0, colon).strip(),
                        SCALINGS.get(value.substring(colon + 1).strip().toLowerCase(Locale.ROOT)));
            }
            if (colon > 0 && value.substring(colon + 1).strip().matches("[A-Za-z]+")) {
                throw new CommandLine.TypeConversionException("'" + value.substring(colon + 1).strip()
                        + "' is not a scaling; use auto, standardise, robust, log or rank (e.g. --feature \""
                        + value.substring(0, colon) + ":log\").");
            }
            return new FeatureChoice(value.strip(), Scaling.AUTO);
        }
    }

    /// `--missing drop|median|own`
    static final class MissingConverter implements CommandLine.ITypeConverter<MissingValues> {
        @Override
        public MissingValues convert(String value) {
            return word(MISSING, value, "a way to handle missing values; use drop, median or own");
        }
    }

    /// The RFM cut points the options ask for, or `null` for the data's quintiles.
    ///
    /// @param all       `--rfm-cuts R1,R2,R3,R4/F1,F2,F3,F4/M1,M2,M3,M4`, or null
    /// @param recency   `--rfm-recency R1,R2,R3,R4`, or null; overrides that part of `all`
    /// @param frequency `--rfm-frequency`, likewise
    /// @param monetary  `--rfm-monetary`, likewise
    /// @param quintiles the data's quintiles, for the parts given neither way
    /// @throws IllegalArgumentException with a message for the user when a list is malformed
    /// @throws SegmentationException when the quintiles are needed and the data has no orders
    static RfmCutPoints cuts(String all, String recency, String frequency, String monetary, Quintiles quintiles)
            throws SegmentationException {
        if (all == null && recency == null && frequency == null && monetary == null) {
            return null;
        }
        RfmCutPoints base = all != null ? RfmCutPointsText.parse(all) : quintiles.get();
        return new RfmCutPoints(
                recency != null ? RfmCutPointsText.numbers("recency", recency) : base.recency(),
                frequency != null ? RfmCutPointsText.numbers("frequency", frequency) : base.frequency(),
                monetary != null ? RfmCutPointsText.numbers("monetary", monetary) : base.monetary());
    }

    /// Where the data's quintiles come from, asked only when a part of the cut points is not given.
    @FunctionalInterface
    interface Quintiles {
        RfmCutPoints get() throws SegmentationException;
    }

    private static <T> T word(Map<String, T> words, String value, String what) {
        T found = words.get(value.strip().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not " + what + ".");
        }
        return found;
    }
}
