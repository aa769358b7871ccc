package io.personae.app.personas;

import io.personae.app.common.Styles;
import io.personae.app.common.charts.ChartExporter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/// The persona screens: the board, the compare view and the charts, with Present (F5) and Undo
/// (Ctrl+Z) above them.
public final class PersonasView {

    public static final String PRESENT_ID = "present";
    public static final String UNDO_ID = "undo-edit";
    public static final String BOARD_TAB = "Board";
    public static final String COMPARE_TAB = "Compare";
    public static final String CHARTS_TAB = "Charts";
    public static final String LEFT_ID = CompareView.LEFT_ID;
    public static final String RIGHT_ID = CompareView.RIGHT_ID;
    public static final String EXPORT_ID = ChartsView.EXPORT_ID;
    public static final String PRESENTATION_ID = PresentationView.ROOT_ID;
    public static final String PRESENTATION_NAME_ID = PresentationView.NAME_ID;
    public static final String WARNINGS_ID = BoardView.WARNINGS_ID;

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final PersonasViewModel viewModel;
    private final BorderPane root;
    private final TabPane tabs;

    public PersonasView(PersonasViewModel viewModel, ChartExporter exporter) {
        this.viewModel = viewModel;
        Tab chartsTab = new Tab(CHARTS_TAB);
        chartsTab.setClosable(false);
        chartsTab.setContent(new ChartsView(viewModel.charts(), exporter,
                chartsTab.selectedProperty().and(viewModel.activeProperty())).root());
        tabs = new TabPane(tab(BOARD_TAB, new BoardView(viewModel).root()), tab(COMPARE_TAB, new CompareView(viewModel.compare()).root()),
                chartsTab);
        tabs.getStyleClass().add(Styles.PERSONA_TABS);

        Label title = new Label("Personas");
        title.getStyleClass().add(Styles.SECTION);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button undo = new Button("Undo edit");
        undo.setId(UNDO_ID);
        undo.setTooltip(new Tooltip("Take back the last edit of a name, description or notes (Ctrl+Z)"));
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(event -> viewModel.undo());
        Button present = new Button("Present");
        present.setId(PRESENT_ID);
        present.setTooltip(new Tooltip("Show the personas one at a time, full screen (F5)"));
        present.disableProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        present.setOnAction(event -> present());
        HBox bar = new HBox(10, title, gap, undo, present);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);

        root = new BorderPane(tabs, bar, null, null, null);
        root.setOnKeyPressed(event -> {
            if (UNDO.match(event)) {
                viewModel.undo();
                event.consume();
            } else if (event.getCode() == KeyCode.F5) {
                present();
                event.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    /// Shows the sub-screen with this tab title ("Board", "Compare", "Charts").
    public void showTab(String title) {
        tabs.getTabs().stream().filter(tab -> tab.getText().equals(title)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /// Opens the presentation over the screen, starting at the persona picked.
    public void present() {
        if (root.getScene() == null) {
            return;
        }
        viewModel.present().ifPresent(presentation -> new PresentationView(root.getScene().getWindow(), presentation).show());
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
