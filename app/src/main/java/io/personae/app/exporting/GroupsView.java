package io.personae.app.exporting;

import io.personae.app.common.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// The A/B test editor of the export dialog: a switch, the shares of A, B, the optional C and the
/// holdout, the seed, what is wrong with them and what the groups can detect.
final class GroupsView {

    static final String TOGGLE_ID = "export-groups";
    static final String SHARE_A_ID = "share-a";
    static final String SHARE_B_ID = "share-b";
    static final String SHARE_C_ID = "share-c";
    static final String HOLDOUT_ID = "share-holdout";
    static final String SEED_ID = "export-seed";
    static final String HINT_ID = "export-hint";

    private GroupsView() {
    }

    static Node build(GroupsViewModel viewModel) {
        CheckBox toggle = new CheckBox("Split each segment into test groups (A/B and a holdout that gets no mail)");
        toggle.setId(TOGGLE_ID);
        toggle.selectedProperty().bindBidirectional(viewModel.enabledProperty());

        Node c = share("C", SHARE_C_ID, viewModel.shareCProperty());
        c.visibleProperty().bind(viewModel.thirdVariantProperty());
        c.managedProperty().bind(viewModel.thirdVariantProperty());
        CheckBox third = new CheckBox("Third variant (C)");
        third.selectedProperty().bindBidirectional(viewModel.thirdVariantProperty());
        HBox shares = new HBox(14, share("A", SHARE_A_ID, viewModel.shareAProperty()),
                share("B", SHARE_B_ID, viewModel.shareBProperty()), c,
                share("Holdout", HOLDOUT_ID, viewModel.holdoutProperty()), third);
        shares.setAlignment(Pos.CENTER_LEFT);

        Label seedLabel = new Label("Seed");
        seedLabel.getStyleClass().add(Styles.FORM_LABEL);
        seedLabel.setMinWidth(Region.USE_PREF_SIZE);
        TextField seed = new TextField();
        seed.setId(SEED_ID);
        seed.setPrefColumnCount(8);
        seed.textProperty().bindBidirectional(viewModel.seedProperty());
        Label seedNote = new Label("kept with the export: the same seed draws the same groups");
        seedNote.getStyleClass().add(Styles.SUBTLE);
        seedNote.setWrapText(true);
        HBox seedRow = new HBox(8, seedLabel, seed, seedNote);
        seedRow.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.getStyleClass().add(Styles.VALIDATION);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label hint = new Label();
        hint.setId(HINT_ID);
        hint.getStyleClass().add(Styles.SUBTLE);
        hint.setWrapText(true);
        hint.textProperty().bind(viewModel.hintProperty());

        VBox editor = new VBox(8, shares, seedRow, problem, hint);
        editor.disableProperty().bind(viewModel.enabledProperty().not());
        return new VBox(8, toggle, editor);
    }

    /// "A [45] %"
    private static Node share(String name, String id, StringProperty value) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(3);
        field.textProperty().bindBidirectional(value);
        HBox box = new HBox(4, label, field, new Label("%"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
