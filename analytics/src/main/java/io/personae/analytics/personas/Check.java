package io.personae.analytics.personas;

import java.util.Objects;

/// One criterion of one segment: its light and the reason in a sentence users read.
public record Check(Criterion criterion, Light light, String reason) {

    public Check {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(light, "light");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A check needs a reason");
        }
    }
}
