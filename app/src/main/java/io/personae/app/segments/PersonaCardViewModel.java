package io.personae.app.segments;

import io.personae.analytics.personas.FeatureProfile;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.segmentation.SegmentStability;
import io.personae.app.common.Formats;
import io.personae.app.common.ShownSegment;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/// One persona card: the persona's figures worded for the card, whether it is picked for
/// export, and how stable the segment proved once the user asked.
public final class PersonaCardViewModel {

    /// How a segment's mean compares with everybody's.
    public enum Trend {
        ABOVE, BELOW, TYPICAL
    }

    /// What the stability check said of the segment.
    public enum Stability {
        /// not checked (yet) for the segmentation shown
        UNKNOWN, STABLE, UNSTABLE
    }

    /// One feature line: "Recency (days)", "23 vs 151" (the segment's mean vs everybody's), "▼ 0.15×".
    public record FeatureLine(String feature, String comparison, String lift, Trend trend) {
    }

    // decision: within 15% of the average counts as typical, so cards point only at real differences
    private static final double TYPICAL_BAND = 0.15;

    private final ShownSegment shown;
    private final List<FeatureLine> features;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);
    private final ReadOnlyObjectWrapper<Stability> stability = new ReadOnlyObjectWrapper<>(this, "stability", Stability.UNKNOWN);
    private final ReadOnlyStringWrapper stabilityText = new ReadOnlyStringWrapper(this, "stabilityText", "");

    public PersonaCardViewModel(ShownSegment shown) {
        this.shown = shown;
        this.features = shown.persona().profile().stream().map(PersonaCardViewModel::line).toList();
    }

    /// A card for a persona of a fresh run, whose identities follow the segment order.
    public PersonaCardViewModel(Persona persona) {
        this(new ShownSegment(persona, persona.segment() + 1, persona.segment()));
    }

    /// The segment's index in its run (what export selections hold).
    public int segment() {
        return shown.segment();
    }

    /// The palette index of the segment's colour.
    public int colour() {
        return shown.colour();
    }

    /// "Segment 3": the number that stays with the segment across re-runs.
    public String number() {
        return "Segment " + shown.number();
    }

    public String title() {
        return shown.name();
    }

    /// "812 customers · 16.3%"
    public String size() {
        Persona persona = shown.persona();
        return Formats.count(persona.size()) + " customers · " + Formats.percent(persona.customerShare());
    }

    /// "41.2% of revenue", or "" when the data has no spend.
    public String revenue() {
        Persona persona = shown.persona();
        return persona.hasRevenue() ? Formats.percent(persona.revenueShare()) + " of revenue" : "";
    }

    public List<FeatureLine> features() {
        return features;
    }

    /// Picked for export.
    public BooleanProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Stability> stabilityProperty() {
        return stability.getReadOnlyProperty();
    }

    /// "Stable · 0.91", "Unstable · 0.52", or "" before a check.
    public ReadOnlyStringProperty stabilityTextProperty() {
        return stabilityText.getReadOnlyProperty();
    }

    /// Shows what the stability check found for this card's segment.
    void showStability(SegmentStability checked) {
        stability.set(checked.stable() ? Stability.STABLE : Stability.UNSTABLE);
        String figure = String.format(Locale.getDefault(Locale.Category.FORMAT), "%.2f", checked.jaccard());
        stabilityText.set((checked.stable() ? "Stable" : "Unstable") + " · " + figure);
    }

    static FeatureLine line(FeatureProfile profile) {
        double lift = profile.lift();
        Trend trend = Double.isNaN(lift) || Math.abs(lift - 1) <= TYPICAL_BAND ? Trend.TYPICAL
                : lift > 1 ? Trend.ABOVE : Trend.BELOW;
        String arrow = switch (trend) {
            case ABOVE -> "▲ ";
            case BELOW -> "▼ ";
            case TYPICAL -> "≈ ";
        };
        String comparison = Formats.number(profile.segmentMean()) + " vs " + Formats.number(profile.overallMean());
        String liftText = Formats.lift(lift);
        return new FeatureLine(profile.feature(), comparison, liftText.isEmpty() ? "" : arrow + liftText, trend);
    }
}
