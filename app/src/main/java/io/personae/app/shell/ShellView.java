package io.personae.app.shell;

import io.personae.app.common.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// The main window: File and View menus, the segments and persona screens as two tabs (or the
/// call to action before any data), and the status bar with progress, Cancel and the customer count.
public final class ShellView {

    public static final String CANCEL_BUTTON_ID = "cancel-button";
    public static final String CALL_TO_ACTION = "Import a CSV or Excel file to start";
    public static final String SEGMENTS_TAB = "Segments";
    public static final String PERSONAS_TAB = "Persona board";

    private final BorderPane root;
    private final TabPane screens;
    private final Tab personasTab;
    private final Menu view;
    private final HBox status;

    /// @param projectItems New, Open, Open Recent, Save As
    /// @param exportItems  Export, Export history, Persona report
    /// @param segments     the segments screen
    /// @param personas     the persona screens
    /// @param startImport  what the call to action does
    /// @param exit         closes the window
    public ShellView(ShellViewModel viewModel, List<MenuItem> projectItems, MenuItem importItem, List<MenuItem> exportItems,
            Node segments, Node personas, Runnable startImport, Runnable exit) {
        Menu file = new Menu("File");
        file.getItems().addAll(projectItems);
        MenuItem quit = new MenuItem("Exit");
        quit.setOnAction(event -> exit.run());
        file.getItems().addAll(new SeparatorMenuItem(), importItem);
        file.getItems().addAll(exportItems);
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        Tab segmentsTab = new Tab(SEGMENTS_TAB, segments);
        personasTab = new Tab(PERSONAS_TAB, personas);
        screens = new TabPane(segmentsTab, personasTab);
        screens.getStyleClass().add(Styles.MAIN_TABS);
        screens.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        view = new Menu("View");
        view.getItems().addAll(screenItem(segmentsTab, KeyCode.DIGIT1), screenItem(personasTab, KeyCode.DIGIT2));
        MenuBar menuBar = new MenuBar(file, view);

        Node empty = emptyState(viewModel, startImport);
        empty.visibleProperty().bind(viewModel.hasCustomersProperty().not());
        screens.visibleProperty().bind(viewModel.hasCustomersProperty());
        StackPane centre = new StackPane(empty, screens);

        status = statusBar(viewModel);
        root = new BorderPane(centre, menuBar, null, status, null);
    }

    public Parent root() {
        return root;
    }

    /// Adds entries after a separator at the end of the View menu (reports shown in their own window).
    public void addViewItems(MenuItem... items) {
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(items);
    }

    /// Puts `node` in the status bar before the customer count (a button offering what was just made).
    public void addStatusNode(Node node) {
        if (node instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.getChildren().add(status.getChildren().size() - 1, node);
    }

    /// Whether the persona screens are the ones shown.
    public ReadOnlyBooleanProperty personasShownProperty() {
        return personasTab.selectedProperty();
    }

    /// Shows the persona screens (`true`) or the segments screen.
    public void showPersonas(boolean personas) {
        screens.getSelectionModel().select(personas ? 1 : 0);
    }

    /// "Segments  Ctrl+1": a menu item that shows a tab, so the keyboard reaches both screens.
    private MenuItem screenItem(Tab tab, KeyCode digit) {
        MenuItem item = new MenuItem(tab.getText());
        item.setAccelerator(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(event -> screens.getSelectionModel().select(tab));
        return item;
    }

    private static Node emptyState(ShellViewModel viewModel, Runnable startImport) {
        Label headline = new Label("Find the groups among your customers");
        headline.getStyleClass().add(Styles.HEADLINE);
        Label explanation = new Label("Personae reads your orders or customer list, groups similar customers into segments "
                + "and describes each one as a persona you can send a campaign to.");
        explanation.getStyleClass().add(Styles.SUBTLE);
        explanation.setWrapText(true);
        explanation.setMaxWidth(620);
        Button start = new Button(CALL_TO_ACTION);
        start.getStyleClass().add(Styles.CALL_TO_ACTION);
        start.setDefaultButton(true);
        start.disableProperty().bind(viewModel.busyProperty());
        start.setOnAction(event -> startImport.run());
        VBox box = new VBox(headline, explanation, start);
        box.getStyleClass().add(Styles.EMPTY_STATE);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static HBox statusBar(ShellViewModel viewModel) {
        Label message = new Label();
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(viewModel.statusTextProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        // decision: a long message is the one to cut short; the buttons and the count keep their size
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());

        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_BUTTON_ID);
        cancel.disableProperty().bind(viewModel.busyProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);

        Label customers = new Label();
        customers.getStyleClass().add(Styles.CUSTOMER_COUNT);
        customers.textProperty().bind(viewModel.customerCountProperty());
        customers.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(message, progress, cancel, customers);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }
}
