package io.personae.analytics.segmentation;

/// What to do with customers whose chosen features have gaps.
public enum MissingValues {
    /// Leave such customers out of the segmentation; they get no segment.
    DROP("Leave those customers out"),
    /// Fill each gap with the feature's median.
    MEDIAN("Fill with the median"),
    /// Customers with gaps form their own segment, the rest are segmented as usual.
    OWN_CATEGORY("Put them in a segment of their own");

    private final String label;

    MissingValues(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
