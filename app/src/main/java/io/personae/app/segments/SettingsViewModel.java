package io.personae.app.segments;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.Scaling;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.CancelledJob;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The segmentation settings as the user edits them: method, features and their scaling,
/// categories, what to do with gaps and, for RFM, the cut points. Nothing runs until the user
/// applies them; [#options(int)] turns the form into validated [SegmentationOptions].
public final class SettingsViewModel {

    /// A feature of the customer table, in or out, and how it is scaled.
    public record FeatureRow(String feature, BooleanProperty included, ObjectProperty<Scaling> scaling) {
    }

    /// A category column of the customer table, used in the segmentation or only for profiles.
    public record CategoryRow(String category, BooleanProperty included) {
    }

    /// The rows of the RFM cut-point grid, in the order of [RfmCutPoints]' arrays.
    public static final List<String> RFM_MEASURES = List.of("Recency (days)", "Frequency (orders)", "Monetary value");
    public static final int CUTS = 4;

    private final Session session;
    private final TaskRunner runner;
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(this, "method", Method.KMEANS);
    private final ObjectProperty<MissingValues> missing = new SimpleObjectProperty<>(this, "missing", MissingValues.MEDIAN);
    private final ObservableList<FeatureRow> features = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final StringProperty[][] cutPoints = new StringProperty[RFM_MEASURES.size()][CUTS];
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final BooleanBinding rfm = Bindings.createBooleanBinding(() -> method.get() == Method.RFM, method);

    /// the data's quintiles as last shown in the grid; while the grid still shows them, a run
    /// asks the engine for the quintiles of the data instead of fixed numbers
    private RfmCutPoints quintiles;
    private CustomerTable quintilesOf;
    private boolean loading;

    public SettingsViewModel(Session session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        for (int m = 0; m < cutPoints.length; m++) {
            for (int c = 0; c < CUTS; c++) {
                cutPoints[m][c] = new SimpleStringProperty(this, "cut" + m + c, "");
                cutPoints[m][c].addListener(observable -> validation.set(""));
            }
        }
        method.addListener((observable, old, chosen) -> {
            validation.set("");
            if (chosen == Method.RFM && !loading) {
                prefillQuintiles();
            }
        });
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public ObjectProperty<MissingValues> missingProperty() {
        return missing;
    }

    public ObservableList<FeatureRow> features() {
        return features;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    /// The text of cut point `cut` (0..3) of `measure` (0 recency, 1 frequency, 2 monetary).
    public StringProperty cutPointProperty(int measure, int cut) {
        return cutPoints[measure][cut];
    }

    /// Whether the method is RFM scoring: the cut points count, features and the slider do not.
    public BooleanBinding rfmProperty() {
        return rfm;
    }

    /// Why the settings cannot be applied as they are, or "".
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /// Fills the form from `table`'s columns and the options of the segmentation shown.
    void load(CustomerTable table, SegmentationOptions applied) {
        loading = true;
        try {
            method.set(applied.method());
        } finally {
            loading = false;
        }
        missing.set(applied.missing());
        List<FeatureRow> rows = new ArrayList<>();
        for (String name : table == null ? List.<String>of() : table.featureNames()) {
            Optional<FeatureChoice> chosen = applied.features().stream().filter(f -> f.feature().equals(name)).findFirst();
            boolean included = applied.features().isEmpty() || chosen.isPresent();
            Scaling scaling = chosen.map(FeatureChoice::scaling).orElse(Scaling.AUTO);
            rows.add(watched(new FeatureRow(name, new SimpleBooleanProperty(included), new SimpleObjectProperty<>(scaling))));
        }
        features.setAll(rows);
        List<CategoryRow> categoryRows = new ArrayList<>();
        for (CategoryColumn column : table == null ? List.<CategoryColumn>of() : table.categories()) {
            BooleanProperty included = new SimpleBooleanProperty(applied.categories().contains(column.name()));
            included.addListener(observable -> validation.set(""));
            categoryRows.add(new CategoryRow(column.name(), included));
        }
        categories.setAll(categoryRows);
        if (table != quintilesOf) {
            quintiles = null;
            quintilesOf = null;
            showCutPoints(applied.rfmCutPoints());
        }
        validation.set("");
        if (method.get() == Method.RFM) {
            prefillQuintiles();
        }
    }

    /// After an RFM run: the cut points it used, unless the user has typed others.
    void ranWith(RfmCutPoints used) {
        if (used != null && (quintiles == null || showsQuintiles())) {
            CustomerTable table = session.snapshot().customers();
            quintiles = used;
            quintilesOf = table;
            showCutPoints(used);
        }
    }

    /// The options the form describes, for `k` segments.
    ///
    /// @throws IllegalArgumentException when the form is incomplete or contradictory; the
    ///                                  message says what to change and is also shown inline
    SegmentationOptions options(int k) {
        try {
            SegmentationOptions options = build(k);
            validation.set("");
            return options;
        } catch (IllegalArgumentException e) {
            validation.set(e.getMessage());
            throw e;
        }
    }

    private SegmentationOptions build(int k) {
        SegmentationOptions defaults = SegmentationOptions.withK(k);
        if (method.get() == Method.RFM) {
            RfmCutPoints cuts = showsQuintiles() ? null : typedCutPoints();
            return new SegmentationOptions(k, defaults.seed(), defaults.restarts(), defaults.maxIterations(), Method.RFM,
                    List.of(), List.of(), missing.get(), cuts);
        }
        List<FeatureChoice> chosen = features.stream().filter(row -> row.included().get())
                .map(row -> new FeatureChoice(row.feature(), row.scaling().get())).toList();
        List<String> chosenCategories = categories.stream().filter(row -> row.included().get()).map(CategoryRow::category).toList();
        if (chosen.isEmpty() && chosenCategories.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one feature or category to segment on.");
        }
        // decision: every feature in with automatic scaling is stored as "all features", the
        // default, which leaves out a constant column with a note instead of failing
        boolean allAutomatic = chosen.size() == features.size() && chosen.stream().allMatch(c -> c.scaling() == Scaling.AUTO);
        return new SegmentationOptions(k, defaults.seed(), defaults.restarts(), defaults.maxIterations(), method.get(),
                allAutomatic ? List.of() : chosen, chosenCategories, missing.get(), null);
    }

    /// The typed cut points, checked: numbers, and not going down along a row.
    RfmCutPoints typedCutPoints() {
        double[][] values = new double[RFM_MEASURES.size()][CUTS];
        for (int m = 0; m < values.length; m++) {
            for (int c = 0; c < CUTS; c++) {
                String text = cutPoints[m][c].get();
                double value = CutPointText.parse(text);
                if (Double.isNaN(value)) {
                    throw new IllegalArgumentException(RFM_MEASURES.get(m) + ": cut point " + (c + 1) + " "
                            + (text == null || text.isBlank() ? "is empty" : "\"" + text.strip() + "\" is not a number")
                            + ". Type a number, or switch to another method and back to get the data's quintiles.");
                }
                if (value < 0) {
                    throw new IllegalArgumentException(RFM_MEASURES.get(m) + ": cut point " + (c + 1)
                            + " is negative. Days, orders and money start at 0.");
                }
                if (c > 0 && value < values[m][c - 1]) {
                    throw new IllegalArgumentException(RFM_MEASURES.get(m) + ": the cut points must go up from left to right, but "
                            + CutPointText.format(value) + " comes after " + CutPointText.format(values[m][c - 1]) + ".");
                }
                values[m][c] = value;
            }
        }
        return new RfmCutPoints(values[0], values[1], values[2]);
    }

    private boolean showsQuintiles() {
        if (quintiles == null) {
            return false;
        }
        double[][] shown = {quintiles.recency(), quintiles.frequency(), quintiles.monetary()};
        for (int m = 0; m < shown.length; m++) {
            for (int c = 0; c < CUTS; c++) {
                if (!CutPointText.format(shown[m][c]).equals(cutPoints[m][c].get().strip())) {
                    return false;
                }
            }
        }
        return true;
    }

    private void showCutPoints(RfmCutPoints cuts) {
        double[][] shown = cuts == null ? null : new double[][] {cuts.recency(), cuts.frequency(), cuts.monetary()};
        for (int m = 0; m < cutPoints.length; m++) {
            for (int c = 0; c < CUTS; c++) {
                cutPoints[m][c].set(shown == null ? "" : CutPointText.format(shown[m][c]));
            }
        }
    }

    private boolean gridEmpty() {
        for (StringProperty[] row : cutPoints) {
            for (StringProperty cut : row) {
                if (!cut.get().isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    /// Fills an empty grid with the data's quintiles, computed in the background.
    private void prefillQuintiles() {
        CustomerTable table = session.snapshot().customers();
        Project project = session.snapshot().project();
        if (table == null || project == null || !gridEmpty()) {
            return;
        }
        runner.run("Computing the RFM cut points", progress -> project.rfmQuintiles(), computed -> {
            if (session.snapshot().customers() == table && gridEmpty()) {
                quintiles = computed;
                quintilesOf = table;
                showCutPoints(computed);
            }
        }, error -> {
            if (!CancelledJob.is(error)) {
                validation.set(UserErrors.describe(error));
            }
        });
    }

    private FeatureRow watched(FeatureRow row) {
        for (Observable changing : List.of(row.included(), row.scaling())) {
            changing.addListener(observable -> validation.set(""));
        }
        return row;
    }
}
