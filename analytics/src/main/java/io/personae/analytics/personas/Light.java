package io.personae.analytics.personas;

/// A traffic light on a scorecard criterion.
public enum Light {
    /// Meets the criterion.
    GREEN,
    /// Borderline: worth a look before acting on the segment.
    AMBER,
    /// Fails the criterion.
    RED
}
