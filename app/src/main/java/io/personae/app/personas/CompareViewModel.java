package io.personae.app.personas;

import io.personae.analytics.personas.CategoryMakeup;
import io.personae.analytics.personas.FeatureStats;
import io.personae.analytics.personas.PersonaProfile;
import io.personae.app.common.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Two segments side by side: their size and worth, every feature's median, mean and lift, the
/// most common category values and their actions.
///
/// The segment picked elsewhere (a chart, the board) becomes the left one.
public final class CompareViewModel {

    /// A segment to pick: "Segment 3 · Loyal high spenders".
    public record Choice(int identity, String label) {

        @Override
        public String toString() {
            return label;
        }
    }

    /// One line of the comparison.
    ///
    /// @param section "Overview", "Features", "Make-up" or "Actions"; the first row of a section
    ///                carries it, the others ""
    public record Row(String section, String label, String left, String right) {
    }

    static final String OVERVIEW = "Overview";
    static final String FEATURES = "Features: median · mean · × average";
    static final String MAKEUP = "Most common values · × the base";
    static final String ACTIONS = "Actions";

    private final Session session;
    private final ReadOnlyObjectProperty<ShownAnalysis> analysis;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<Choice> right = new SimpleObjectProperty<>(this, "right");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /// true while the choices follow the run shown, so only a user's pick selects a segment
    private boolean syncing;

    CompareViewModel(Session session, ReadOnlyObjectProperty<ShownAnalysis> analysis) {
        this.session = session;
        this.analysis = analysis;
        analysis.addListener((observable, old, now) -> loadChoices());
        left.addListener((observable, old, now) -> {
            if (now != null && !syncing) {
                session.selectedSegmentProperty().set(now.identity());
            }
            compare();
        });
        right.addListener((observable, old, now) -> compare());
        session.selectedSegmentProperty().addListener((observable, old, now) -> pick(now.intValue()));
        loadChoices();
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> leftProperty() {
        return left;
    }

    public ObjectProperty<Choice> rightProperty() {
        return right;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /// Makes the segment with this identity the left one; the right one takes the old left one
    /// when it was the same.
    private void pick(int identity) {
        Choice wanted = find(identity);
        if (wanted == null || wanted.equals(left.get())) {
            return;
        }
        Choice before = left.get();
        if (wanted.equals(right.get())) {
            right.set(before);
        }
        left.set(wanted);
    }

    private void loadChoices() {
        syncing = true;
        try {
            followRun();
        } finally {
            syncing = false;
        }
    }

    private void followRun() {
        ShownAnalysis shown = analysis.get();
        List<Choice> fresh = shown == null ? List.of()
                : IntStream.range(0, shown.size()).mapToObj(s -> new Choice(shown.identity(s), shown.label(s))).toList();
        Integer leftIdentity = left.get() == null ? null : left.get().identity();
        Integer rightIdentity = right.get() == null ? null : right.get().identity();
        if (!fresh.equals(choices)) {
            choices.setAll(fresh);
        }
        Choice newLeft = leftIdentity == null ? null : find(leftIdentity);
        Choice newRight = rightIdentity == null ? null : find(rightIdentity);
        Choice selected = find(session.selectedSegmentProperty().get());
        if (newLeft == null) {
            newLeft = selected != null ? selected : choices.isEmpty() ? null : choices.getFirst();
        }
        if (newRight == null || newRight.equals(newLeft)) {
            Choice l = newLeft;
            newRight = choices.stream().filter(c -> !c.equals(l)).findFirst().orElse(null);
        }
        left.set(newLeft);
        right.set(newRight);
        compare();
    }

    private Choice find(int identity) {
        return choices.stream().filter(c -> c.identity() == identity).findFirst().orElse(null);
    }

    private void compare() {
        ShownAnalysis shown = analysis.get();
        if (shown == null || left.get() == null || right.get() == null) {
            rows.clear();
            return;
        }
        OptionalInt a = shown.segmentOf(left.get().identity());
        OptionalInt b = shown.segmentOf(right.get().identity());
        if (a.isEmpty() || b.isEmpty()) {
            rows.clear();
            return;
        }
        rows.setAll(rows(shown, a.getAsInt(), b.getAsInt()));
    }

    /// The comparison of segments `a` and `b` of `shown`.
    static List<Row> rows(ShownAnalysis shown, int a, int b) {
        PersonaProfile p = shown.profiles().get(a);
        PersonaProfile q = shown.profiles().get(b);
        List<Row> rows = new ArrayList<>();
        Section overview = new Section(OVERVIEW, rows);
        overview.add("Name", shown.persona(a).name(), shown.persona(b).name());
        overview.add("Size", PersonaWords.size(p), PersonaWords.size(q));
        if (p.hasRevenue() || q.hasRevenue()) {
            overview.add("Worth", PersonaWords.revenue(p), PersonaWords.revenue(q));
        }
        overview.add("Description", shown.persona(a).description(), shown.persona(b).description());
        if (shown.relationshipsIfAny().isPresent()) {
            overview.add("Relationship", PersonaWords.relationship(shown, a), PersonaWords.relationship(shown, b));
        }
        Section features = new Section(FEATURES, rows);
        for (FeatureStats stats : p.features()) {
            String other = q.feature(stats.feature()).map(PersonaWords::medianMeanLift).orElse("–");
            features.add(stats.feature(), PersonaWords.medianMeanLift(stats), other);
        }
        Section makeup = new Section(MAKEUP, rows);
        for (CategoryMakeup category : p.categories()) {
            String other = q.categories().stream().filter(c -> Objects.equals(c.category(), category.category()))
                    .findFirst().map(PersonaWords::topValues).orElse("–");
            makeup.add(category.category(), PersonaWords.topValues(category), other);
        }
        Section actions = new Section(ACTIONS, rows);
        actions.add("Primary action", PersonaWords.action(shown, a), PersonaWords.action(shown, b));
        actions.add("All actions", PersonaWords.actionMix(shown, a), PersonaWords.actionMix(shown, b));
        return rows;
    }

    /// Adds rows under one heading, naming the heading on the first only.
    private static final class Section {
        private final String title;
        private final List<Row> rows;
        private boolean first = true;

        Section(String title, List<Row> rows) {
            this.title = title;
            this.rows = rows;
        }

        void add(String label, String left, String right) {
            rows.add(new Row(first ? title : "", label, left, right));
            first = false;
        }
    }
}
