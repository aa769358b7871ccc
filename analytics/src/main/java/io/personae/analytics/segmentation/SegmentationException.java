package io.personae.analytics.segmentation;

/// The data cannot be segmented as asked (too few customers, no usable feature...). The message
/// says what to change; the previous segmentation stays.
public final class SegmentationException extends Exception {

    public SegmentationException(String message) {
        super(message);
    }
}
