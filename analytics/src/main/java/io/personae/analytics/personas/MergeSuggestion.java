package io.personae.analytics.personas;

/// Two segments so alike that one message would serve both.
///
/// @param first      the smaller number users see
/// @param second     the larger number
/// @param separation their distance for their spread ([SegmentGeometry#separation])
public record MergeSuggestion(int first, int second, double separation) {

    public MergeSuggestion {
        if (first <= 0 || second <= first) {
            throw new IllegalArgumentException("A merge suggestion names two segments, the smaller number first");
        }
    }

    /// "Segments 3 and 5 are near-twins: consider merging (fewer segments)."
    public String message() {
        return "Segments " + first + " and " + second + " are near-twins: consider merging (fewer segments).";
    }
}
