package io.personae.app.personas;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.PersonaAnalysis;
import io.personae.analytics.personas.ScorecardThresholds;
import io.personae.analytics.project.Project;
import io.personae.analytics.personas.Segmentation;
import io.personae.app.common.DialogService;
import io.personae.app.common.ProjectSnapshot;
import io.personae.app.common.Session;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.UserErrors;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The persona board: one card per segment of the segmentation shown, the scorecard's warnings,
/// editing of names, descriptions and notes with undo, and the analysis the compare view, the
/// charts and the presentation show.
///
/// The analysis is worked out in the background, and only while the persona screens are shown
/// ([#activeProperty()]): moving the slider on the segments screen costs nothing here.
public final class PersonasViewModel {

    static final String NO_SEGMENTS = "Segment the customers first: the personas appear here.";
    static final String WORKING = "Working out the personas…";

    /// An edit that can be taken back: the field's text before it.
    private record Edit(int identity, PersonaField field, String previous) {
    }

    private record Loaded(Segmentation segmentation, ShownAnalysis analysis) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyObjectWrapper<ShownAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObservableList<BoardCardViewModel> cards = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", NO_SEGMENTS);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final Deque<Edit> history = new ArrayDeque<>();
    private final CompareViewModel compare;
    private final ChartsViewModel charts;
    private boolean loading;

    public PersonasViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.compare = new CompareViewModel(session, analysis.getReadOnlyProperty());
        this.charts = new ChartsViewModel(session, analysis.getReadOnlyProperty());
        session.snapshotProperty().addListener((observable, old, now) -> refresh());
        session.selectedSegmentProperty().addListener((observable, old, now) -> showSelection());
        active.addListener((observable, old, now) -> refresh());
        refresh();
    }

    /// Whether the persona screens are shown; the analysis is only worked out while they are.
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<BoardCardViewModel> cards() {
        return cards;
    }

    /// The scorecard's warnings: segments failing a criterion, then near-twins worth merging.
    public ObservableList<String> warnings() {
        return warnings;
    }

    /// What the board says while it has no cards; "" when it has.
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public CompareViewModel compare() {
        return compare;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    /// The segment picked everywhere (identity), or [Session#NONE].
    public IntegerProperty selectedProperty() {
        return session.selectedSegmentProperty();
    }

    /// Picks the segment with this identity on the board, in the compare view and the charts.
    public void select(int identity) {
        session.selectedSegmentProperty().set(identity);
    }

    /// A presentation of the personas shown, starting at the one picked; empty when there are none.
    public Optional<PresentationViewModel> present() {
        ShownAnalysis shown = analysis.get();
        if (shown == null) {
            return Optional.empty();
        }
        int start = shown.segmentOf(session.selectedSegmentProperty().get()).orElse(0);
        return Optional.of(new PresentationViewModel(shown, start));
    }

    /// Takes back the last edit: the field gets its previous text again.
    public void undo() {
        Edit last = history.poll();
        canUndo.set(!history.isEmpty());
        if (last == null) {
            return;
        }
        save(last.identity(), last.field(), last.previous(), message -> session.setNotice("Could not undo: " + message), false);
    }

    private void save(int identity, PersonaField field, String text, Consumer<String> refused) {
        save(identity, field, text, refused, true);
    }

    private void save(int identity, PersonaField field, String text, Consumer<String> refused, boolean remember) {
        ProjectSnapshot snapshot = session.snapshot();
        ShownAnalysis shown = analysis.get();
        if (snapshot.project() == null || shown == null) {
            refused.accept("There are no personas to edit.");
            return;
        }
        Project project = snapshot.project();
        Segmentation before = shown.segmentation();
        String previous = shown.segmentOf(identity).stream().mapToObj(s -> switch (field) {
            case NAME -> shown.persona(s).name();
            case DESCRIPTION -> shown.persona(s).description();
            case NOTES -> shown.persona(s).notes();
        }).findFirst().orElse("");
        runner.run("Saving the persona's " + field.word(), progress -> {
            Segmentation kept = project.segmentation().orElse(null);
            if (kept == null || kept.result() != before.result()) {
                throw new IllegalArgumentException("The segments changed while you typed; edit the " + field.word() + " again.");
            }
            return switch (field) {
                case NAME -> project.renamePersona(identity, text);
                case DESCRIPTION -> project.describePersona(identity, text);
                case NOTES -> project.notePersona(identity, text);
            };
        }, edited -> {
            if (remember) {
                history.push(new Edit(identity, field, previous));
                canUndo.set(true);
            }
            session.showEdited(edited);
            session.setNotice("Saved the " + field.word() + " of segment " + (identity + 1) + ".");
        }, error -> {
            if (UserErrors.isRefusedInput(error)) {
                refused.accept(UserErrors.describe(error));
            } else {
                refused.accept("Not saved.");
                UserErrors.report(dialogs, "Could not save the persona", error);
            }
        });
    }

    private void refresh() {
        ProjectSnapshot snapshot = session.snapshot();
        Segmentation shown = snapshot.segmentation();
        ShownAnalysis current = analysis.get();
        if (shown == null || snapshot.customers() == null) {
            history.clear();
            canUndo.set(false);
            show(null);
            placeholder.set(NO_SEGMENTS);
            return;
        }
        if (current != null && current.segmentation().result() == shown.result() && current.customers() == snapshot.customers()) {
            if (current.segmentation() != shown) {
                ShownAnalysis edited = current.withSegmentation(shown);
                analysis.set(edited);
                IntStream.range(0, cards.size()).forEach(s -> cards.get(s).update(edited.persona(s)));
                warnings.setAll(edited.scorecard().warnings());
            }
            return;
        }
        if (current != null && current.customers() != snapshot.customers()) {
            history.clear();
            canUndo.set(false);
        }
        if (active.get() && !loading) {
            load(snapshot);
        }
    }

    private void load(ProjectSnapshot snapshot) {
        loading = true;
        if (cards.isEmpty()) {
            placeholder.set(WORKING);
        }
        Project project = snapshot.project();
        CustomerTable table = snapshot.customers();
        Segmentation shown = snapshot.segmentation();
        runner.run("Working out the personas", progress -> new Loaded(shown, analyse(project, table, shown)), loaded -> {
            loading = false;
            ProjectSnapshot now = session.snapshot();
            if (now.segmentation() != null && now.segmentation().result() == loaded.segmentation().result()
                    && now.customers() == table) {
                show(loaded.analysis().withSegmentation(now.segmentation()));
            }
            refresh();
        }, error -> {
            loading = false;
            show(null);
            placeholder.set("The personas could not be worked out: " + UserErrors.describe(error));
        });
    }

    /// The analysis of `shown`: the project's own (which exports share) when it is the run the
    /// project keeps, else worked out here (a run previewed while the slider moves).
    private static ShownAnalysis analyse(Project project, CustomerTable table, Segmentation shown) throws Exception {
        ActionVocabulary vocabulary = project.actionVocabulary();
        Segmentation kept = project.segmentation().orElse(null);
        if (kept != null && kept.result() == shown.result()) {
            return ShownAnalysis.of(shown, table, project.profiles(), project.scorecard(), project.strategy(), vocabulary);
        }
        PersonaAnalysis fresh = PersonaAnalysis.of(table, shown.result(), ScorecardThresholds.DEFAULTS, vocabulary);
        return ShownAnalysis.of(shown, table, fresh.profiles(), fresh.scorecard(), fresh.strategy(), vocabulary);
    }

    private void show(ShownAnalysis shown) {
        analysis.set(shown);
        if (shown == null) {
            cards.clear();
            warnings.clear();
            return;
        }
        List<BoardCardViewModel> built = IntStream.range(0, shown.size())
                .mapToObj(s -> new BoardCardViewModel(shown, s, this::save)).toList();
        cards.setAll(built);
        warnings.setAll(shown.scorecard().warnings());
        placeholder.set("");
        showSelection();
    }

    private void showSelection() {
        int selected = session.selectedSegmentProperty().get();
        cards.forEach(card -> card.setSelected(card.identity() == selected));
    }
}
