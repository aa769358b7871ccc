package io.personae.analytics.personas;

import java.util.List;
import java.util.Objects;

/// A segment described for people: who they are, how many, what they are worth.
///
/// @param segment       the segment's index in its [io.personae.analytics.segmentation.SegmentationResult];
///                      users see `result.number(segment)`, which stays put across re-runs
/// @param name          short plain-language name from what sets the segment apart, unique within a run
/// @param size          customers in the segment
/// @param customerShare share of all customers in the table (those left out of the run included), 0..1
/// @param revenueShare  share of total spend, 0..1, or NaN when the data has no spend column
/// @param profile       each feature's segment mean against the overall mean
/// @param description   two sentences on what the segment does and what it is worth, generated
///                      ([PersonaDescriber]) or written by the user; empty when not described yet
/// @param notes         the user's notes, for workshops; empty when none
public record Persona(
        int segment,
        String name,
        int size,
        double customerShare,
        double revenueShare,
        List<FeatureProfile> profile,
        String description,
        String notes) {

    public Persona {
        profile = List.copyOf(profile);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(notes, "notes");
    }

    /// A persona not described yet and without notes.
    public Persona(int segment, String name, int size, double customerShare, double revenueShare,
            List<FeatureProfile> profile) {
        this(segment, name, size, customerShare, revenueShare, profile, "", "");
    }

    public boolean hasRevenue() {
        return !Double.isNaN(revenueShare);
    }

    public Persona withName(String newName) {
        return new Persona(segment, newName, size, customerShare, revenueShare, profile, description, notes);
    }

    public Persona withDescription(String newDescription) {
        return new Persona(segment, name, size, customerShare, revenueShare, profile, newDescription, notes);
    }

    public Persona withNotes(String newNotes) {
        return new Persona(segment, name, size, customerShare, revenueShare, profile, description, newNotes);
    }
}
