package io.personae.app.exporting;

import io.personae.analytics.exporter.DetectableEffect;
import io.personae.analytics.exporter.GroupSplit;
import io.personae.app.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The A/B test part of the export dialog: whether to draw test groups, their shares in whole
/// percent (A, B, an optional C, and the holdout that gets no mail), the seed of the draw, and a
/// hint of the smallest effect groups of that size can detect.
public final class GroupsViewModel {

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final BooleanProperty thirdVariant = new SimpleBooleanProperty(this, "thirdVariant", false);
    private final StringProperty shareA = new SimpleStringProperty(this, "shareA", "45");
    private final StringProperty shareB = new SimpleStringProperty(this, "shareB", "45");
    private final StringProperty shareC = new SimpleStringProperty(this, "shareC", "0");
    private final StringProperty holdout = new SimpleStringProperty(this, "holdout", "10");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final IntegerProperty customers = new SimpleIntegerProperty(this, "customers", 0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private GroupSplit split;
    private long seedValue = 1;

    public GroupsViewModel() {
        for (Observable input : List.<Observable>of(enabled, shareA, shareB, shareC, holdout, seed, customers)) {
            input.addListener(observable -> recompute());
        }
        thirdVariant.addListener((observable, was, now) -> {
            // decision: a sensible split for the new number of variants rather than shares that no
            // longer add up; the user adjusts from there
            List<String> shares = now ? List.of("30", "30", "30", "10") : List.of("45", "45", "0", "10");
            shareA.set(shares.get(0));
            shareB.set(shares.get(1));
            shareC.set(shares.get(2));
            holdout.set(shares.get(3));
            recompute();
        });
        recompute();
    }

    /// Back to no test groups and 45/45/10, with a fresh seed shown for the user to keep or change.
    void reset(long newSeed) {
        thirdVariant.set(false);
        enabled.set(false);
        seed.set(Long.toString(newSeed));
    }

    /// The groups to draw, or empty when none are asked for (or the shares are not valid).
    public Optional<GroupSplit> split() {
        return enabled.get() ? Optional.ofNullable(split) : Optional.empty();
    }

    public long seedValue() {
        return seedValue;
    }

    private void recompute() {
        split = null;
        hint.set("");
        if (!enabled.get()) {
            problem.set("");
            valid.set(true);
            return;
        }
        try {
            seedValue = Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            fail("The seed must be a whole number, for example 7.");
            return;
        }
        List<String> texts = new ArrayList<>(List.of(shareA.get(), shareB.get()));
        if (thirdVariant.get()) {
            texts.add(shareC.get());
        }
        texts.add(holdout.get());
        try {
            split = GroupSplit.parse(String.join(",", texts));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        problem.set("");
        valid.set(true);
        hint.set(hintFor(split, customers.get()));
    }

    private void fail(String message) {
        problem.set(message);
        valid.set(false);
    }

    /// "About 1,000 customers to share out. With 450 per variant you can detect a lift from 2.0% to 4.6%." from
    /// the group sizes the shares give on `total` customers.
    static String hintFor(GroupSplit split, int total) {
        if (total <= 0) {
            return "";
        }
        List<Integer> variants = new ArrayList<>();
        for (int g = 0; g < split.variants(); g++) {
            variants.add(total * split.shares().get(g) / 100);
        }
        variants.sort(null);
        List<String> lines = new ArrayList<>();
        lines.add(DetectableEffect.between(variants.get(0), variants.get(1), DetectableEffect.DEFAULT_BASELINE)
                .describe("variant"));
        int held = split.hasHoldout() ? total * split.shares().getLast() / 100 : 0;
        if (held > 0) {
            lines.add(DetectableEffect.between(variants.get(0), held, DetectableEffect.DEFAULT_BASELINE)
                    .describe("smallest variant and the holdout"));
        }
        return "About " + Formats.count(total) + " customers to share out. " + String.join(" ", lines);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public BooleanProperty thirdVariantProperty() {
        return thirdVariant;
    }

    public StringProperty shareAProperty() {
        return shareA;
    }

    public StringProperty shareBProperty() {
        return shareB;
    }

    public StringProperty shareCProperty() {
        return shareC;
    }

    public StringProperty holdoutProperty() {
        return holdout;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /// How many customers the groups are drawn from, for the hint.
    public IntegerProperty customersProperty() {
        return customers;
    }

    /// What is wrong with the shares or the seed, "" when nothing.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// The smallest detectable effect for the current shares, "" without groups.
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /// Whether the export can go ahead as far as the groups are concerned.
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
