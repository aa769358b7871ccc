package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.progress.CancellableProgress;
import io.personae.analytics.progress.CancelledException;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.ImportInProgress;
import io.personae.analytics.project.Project;
import io.personae.app.common.BackgroundStatus;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Job;
import io.personae.app.common.Session;
import io.personae.app.common.SteppingTaskRunner;
import io.personae.app.common.TaskRunner;
import io.personae.app.common.Work;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The status bar while an import is saved in the background: its own job, "Saving import to
/// workspace… (n%)", with Cancel bringing back the previous data.
class ImportSavingTest {

    @TempDir
    Path folder;

    @Test
    void givenImportReady_whenShown_thenSavingJobReportsPercentUntilSaved() throws Exception {
        Session session = new Session();
        RecordingRunner runner = new RecordingRunner();
        new ImportSaving(session, runner, new FakeDialogService());
        try (Project project = Project.open(folder.resolve("shop.mv.db"))) {
            Path file = orders("orders.csv", 3);

            project.beginImport(file, RoleGuesser.guess(TableReaders.preview(file, 100)).orElseThrow(), ProgressMonitor.NONE);
            session.show(project);

            assertEquals(List.of(ImportSaving.TITLE), runner.titles);
            assertFalse(runner.messages.isEmpty());
            runner.messages.forEach(message -> assertTrue(message.matches("Saving import to workspace… \\(\\d+%\\)"), message));
            assertTrue(project.importInProgress().isEmpty());
            assertEquals(3, session.snapshot().customers().size());
        }
    }

    @Test
    void givenImportSaving_whenCancelled_thenPreviousDataShownAndUserTold() throws Exception {
        Session session = new Session();
        RecordingRunner runner = new RecordingRunner();
        new ImportSaving(session, runner, new FakeDialogService());
        try (Project project = Project.open(folder.resolve("shop.mv.db"))) {
            Path first = orders("first.csv", 3);
            Path second = orders("second.csv", 4);
            project.importFile(first, RoleGuesser.guess(TableReaders.preview(first, 100)).orElseThrow(), ProgressMonitor.NONE);
            session.show(project);

            // the user's Cancel, given before the save can end, so nothing depends on timing
            CancellableProgress cancelled = new CancellableProgress();
            cancelled.cancel();
            project.beginImport(second, RoleGuesser.guess(TableReaders.preview(second, 100)).orElseThrow(), ProgressMonitor.NONE,
                    cancelled);
            session.show(project);

            assertEquals(3, session.snapshot().customers().size());
            assertEquals("first.csv", session.snapshot().lastImport().file().getFileName().toString());
            assertEquals("Saving second.csv cancelled; the project shows its previous data again.", session.noticeProperty().get());
        }
    }

    @Test
    void givenImportShownThenItsSaveCancelled_whenTheWindowLooksOnlyAfterTheSaveEnded_thenPreviousDataShownAndUserTold() throws Exception {
        Session session = new Session();
        try (Project project = Project.open(folder.resolve("shop.mv.db"))) {
            Path first = orders("first.csv", 3);
            Path second = orders("second.csv", 4);
            project.importFile(first, RoleGuesser.guess(TableReaders.preview(first, 100)).orElseThrow(), ProgressMonitor.NONE);
            session.show(project);
            // the save waits at its first check for a cancel until the test lets it see one
            CountDownLatch cancel = new CountDownLatch(1);
            ImportInProgress saving = project.beginImport(second, RoleGuesser.guess(TableReaders.preview(second, 100)).orElseThrow(),
                    ProgressMonitor.NONE, cancelOnceReleased(cancel));
            session.show(project);
            assertEquals(4, session.snapshot().customers().size(), "the import is shown while it is saved");
            RecordingRunner runner = new RecordingRunner();
            new ImportSaving(session, runner, new FakeDialogService());
            cancel.countDown();
            assertThrows(CancelledException.class, () -> saving.awaitSaved(ProgressMonitor.NONE));

            // the save went back before the window looked at it: it is no longer in progress
            session.show(project);

            assertEquals(3, session.snapshot().customers().size());
            assertEquals("Saving second.csv cancelled; the project shows its previous data again.", session.noticeProperty().get());
            assertTrue(runner.titles.isEmpty(), "nothing was left to wait for");
        }
    }

    private static ProgressMonitor cancelOnceReleased(CountDownLatch released) {
        return new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
        };
    }

    @Test
    void givenSavingJobCancelledBeforeItWaits_whenRun_thenTheSaveItselfIsCancelled() throws Exception {
        Session session = new Session();
        SteppingTaskRunner runner = new SteppingTaskRunner();
        new ImportSaving(session, runner, new FakeDialogService());
        try (Project project = Project.open(folder.resolve("shop.mv.db"))) {
            Path file = orders("orders.csv", 3);
            ImportInProgress saving = project.beginImport(file, RoleGuesser.guess(TableReaders.preview(file, 100)).orElseThrow(),
                    ProgressMonitor.NONE);
            session.show(project);

            runner.cancelAll();
            runner.runAll();

            assertTrue(saving.isDone());
            assertTrue(project.importInProgress().isEmpty());
            // saved before the cancel reached it, or cancelled: either way what is shown is what is stored
            assertEquals(project.customers().map(table -> table.size()).orElse(0),
                    session.snapshot().hasCustomers() ? session.snapshot().customers().size() : 0);
        }
    }

    @Test
    void givenSavingJobRunning_whenStatusShown_thenStatusBarSaysHowFarAndOffersCancel() {
        Session session = new Session();
        session.setNotice("Imported orders.csv");
        BackgroundStatus status = new BackgroundStatus();
        ShellViewModel shell = new ShellViewModel(session, status);
        SimpleStringProperty message = new SimpleStringProperty(ImportSaving.message(0.4));
        Job job = new Job() {
            @Override
            public String title() {
                return ImportSaving.TITLE;
            }

            @Override
            public void cancel() {
                message.set("cancelled");
            }

            @Override
            public boolean isDone() {
                return false;
            }
        };

        status.started(job, new SimpleDoubleProperty(0.4), message);

        assertEquals("Saving import to workspace… (40%)", shell.statusTextProperty().get());
        assertTrue(shell.busyProperty().get());
        shell.cancel();
        assertEquals("cancelled", message.get());
        status.finished(job);
        assertEquals("Imported orders.csv", shell.statusTextProperty().get());
    }

    /// Runs work at once, keeping the titles and the progress messages.
    private static final class RecordingRunner implements TaskRunner {

        final List<String> titles = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public <T> Job run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            titles.add(title);
            CancellableProgress progress = new CancellableProgress((fraction, message) -> messages.add(message));
            T result;
            try {
                result = work.run(progress);
            } catch (Exception e) {
                onFailure.accept(e);
                return null;
            }
            onSuccess.accept(result);
            return null;
        }
    }

    /// `customers` customers with two orders each.
    private Path orders(String name, int customers) throws Exception {
        StringBuilder csv = new StringBuilder("order_id,customer_id,email,order_date,amount\n");
        int order = 1000;
        for (int visit = 0; visit < 2; visit++) {
            for (int c = 1; c <= customers; c++) {
                csv.append(order++).append(",C").append(c).append(",c").append(c).append("@example.com,2024-0")
                        .append(c).append("-1").append(visit).append(',').append(c * 10 + visit).append(".50\n");
            }
        }
        Path file = folder.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
