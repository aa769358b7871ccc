package io.personae.app.segments;

import io.personae.analytics.personas.FeatureProfile;
import io.personae.analytics.personas.Persona;
import io.personae.app.common.Formats;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// One persona card: the persona's figures worded for the card, and whether it is picked for export.
public final class PersonaCardViewModel {

    /// How a segment's mean compares with everybody's.
    public enum Trend {
        ABOVE, BELOW, TYPICAL
    }

    /// One feature line: "Recency (days)", "23 vs 151" (the segment's mean vs everybody's), "▼ 0.15×".
    public record FeatureLine(String feature, String comparison, String lift, Trend trend) {
    }

    // decision: within 15% of the average counts as typical, so cards point only at real differences
    private static final double TYPICAL_BAND = 0.15;

    private final Persona persona;
    private final List<FeatureLine> features;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);

    public PersonaCardViewModel(Persona persona) {
        this.persona = persona;
        this.features = persona.profile().stream().map(PersonaCardViewModel::line).toList();
    }

    public int segment() {
        return persona.segment();
    }

    public String title() {
        return persona.name();
    }

    /// "812 customers · 16.3%"
    public String size() {
        return Formats.count(persona.size()) + " customers · " + Formats.percent(persona.customerShare());
    }

    /// "41.2% of revenue", or "" when the data has no spend.
    public String revenue() {
        return persona.hasRevenue() ? Formats.percent(persona.revenueShare()) + " of revenue" : "";
    }

    public List<FeatureLine> features() {
        return features;
    }

    /// Picked for export.
    public BooleanProperty selectedProperty() {
        return selected;
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
