package io.personae.analytics.segmentation;

import java.util.Objects;

/// A feature the user put into the segmentation, and how it is scaled.
public record FeatureChoice(String feature, Scaling scaling) {

    public FeatureChoice {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(scaling, "scaling");
    }
}
