package io.personae.app.importing;

import io.personae.analytics.importer.Cleaning;
import io.personae.analytics.importer.Cleaning.MissingIds;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The cleaning steps of an import as properties the dialog binds to.
public final class CleaningChoices {

    /// Where capping starts when the user ticks it: the 99th percentile (and the 1st).
    public static final double DEFAULT_CAP = 99;
    public static final double MIN_CAP = 90;
    public static final double MAX_CAP = 99.9;

    private final BooleanProperty trim = new SimpleBooleanProperty(this, "trim", Cleaning.DEFAULTS.trim());
    private final ObjectProperty<MissingIds> missingIds = new SimpleObjectProperty<>(this, "missingIds", Cleaning.DEFAULTS.missingIds());
    private final BooleanProperty deduplicateRows = new SimpleBooleanProperty(this, "deduplicateRows", Cleaning.DEFAULTS.deduplicateRows());
    private final BooleanProperty capOutliers = new SimpleBooleanProperty(this, "capOutliers", false);
    private final DoubleProperty capPercentile = new SimpleDoubleProperty(this, "capPercentile", DEFAULT_CAP);

    /// The cleaning as chosen now.
    ///
    /// @throws IllegalArgumentException when the percentile is out of range; the message says so
    public Cleaning cleaning() {
        double cap = capOutliers.get() ? Math.round(capPercentile.get() * 10) / 10.0 : 0;
        return Cleaning.DEFAULTS.withTrim(trim.get())
                .withMissingIds(missingIds.get() == null ? MissingIds.DROP : missingIds.get())
                .withDeduplicateRows(deduplicateRows.get())
                .withCapPercentile(cap);
    }

    void reset() {
        trim.set(Cleaning.DEFAULTS.trim());
        missingIds.set(Cleaning.DEFAULTS.missingIds());
        deduplicateRows.set(Cleaning.DEFAULTS.deduplicateRows());
        capOutliers.set(false);
        capPercentile.set(DEFAULT_CAP);
    }

    List<Observable> choices() {
        return List.of(trim, missingIds, deduplicateRows, capOutliers, capPercentile);
    }

    /// Strip spaces around names, emails and categories.
    public BooleanProperty trimProperty() {
        return trim;
    }

    /// Drop or keep rows without a customer id.
    public ObjectProperty<MissingIds> missingIdsProperty() {
        return missingIds;
    }

    /// Drop rows that repeat an earlier row exactly.
    public BooleanProperty deduplicateRowsProperty() {
        return deduplicateRows;
    }

    public BooleanProperty capOutliersProperty() {
        return capOutliers;
    }

    /// Amounts (or features) above this percentile and below its mirror are capped.
    public DoubleProperty capPercentileProperty() {
        return capPercentile;
    }
}
