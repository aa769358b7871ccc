package io.personae.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/// A [DialogService] with prepared answers that records what it was asked to show.
public final class FakeDialogService implements DialogService {

    private final Queue<Path> filesToOpen = new ConcurrentLinkedQueue<>();
    private final Queue<Path> filesToSave = new ConcurrentLinkedQueue<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> informations = new CopyOnWriteArrayList<>();
    private volatile boolean agree = true;
    private volatile boolean takeAction;

    /// The next open chooser returns `file`.
    public FakeDialogService willOpen(Path file) {
        filesToOpen.add(file);
        return this;
    }

    /// The next save chooser returns `file`.
    public FakeDialogService willSave(Path file) {
        filesToSave.add(file);
        return this;
    }

    public FakeDialogService willAgree(boolean answer) {
        agree = answer;
        return this;
    }

    /// Whether offered actions ("Show folder") are taken; not by default.
    public FakeDialogService willTakeAction(boolean answer) {
        takeAction = answer;
        return this;
    }

    /// "title: message" of each error shown.
    public List<String> errors() {
        return errors;
    }

    /// "title: message" of each information shown.
    public List<String> informations() {
        return informations;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return agree;
    }

    @Override
    public boolean offerAction(String title, String message, String action) {
        informations.add(title + ": " + message + " [" + action + "]");
        return takeAction;
    }

    @Override
    public void showCopyable(String title, String message, String text) {
        informations.add(title + ": " + message + " [" + text + "]");
    }
}
