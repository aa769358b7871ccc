package io.personae.app.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/// [DialogService] with JavaFX alerts and the platform's file choosers.
public final class FxDialogService implements DialogService {

    private final Window owner;
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public boolean offerAction(String title, String message, String action) {
        ButtonType actionButton = new ButtonType(action);
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        alert.getButtonTypes().setAll(actionButton, ButtonType.OK);
        return alert.showAndWait().filter(actionButton::equals).isPresent();
    }

    @Override
    public void showCopyable(String title, String message, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(Math.min(60, Math.max(20, text.length())));
        Label label = new Label(message);
        label.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, label, field));
        alert.setOnShown(event -> {
            field.requestFocus();
            field.selectAll();
        });
        alert.showAndWait();
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            List<String> patterns = type.extensions().stream().map(e -> "*." + e).toList();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), patterns));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.setResizable(true);
        // long messages (a file path and a line) wrap instead of being cut off
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(560);
        Theme.apply(alert.getDialogPane());
        return alert;
    }
}
