package io.personae.app.segments;

import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.RoleGuesser;
import io.personae.analytics.importer.TableReaders;
import io.personae.analytics.personas.Segmentation;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.shell.StartupArguments;
import io.personae.app.shell.Workbench;
import io.personae.app.shell.WorkbenchConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/// Times a slider move in the real window: from the release (the slider's value set, as a click
/// or an arrow key sets it) to the first pulse rendered after the persona cards and the customer
/// scatter show the new segments, on a workspace of the customers in `FILE`.
///
/// A benchmark, not a test: run it by hand on a quiet machine (see docs/performance.md):
///
/// ```sh
/// ./mvnw -q -Dpersonae.target=target-NAME -pl app -am test-compile dependency:build-classpath \
///     -Dmdep.outputFile=/tmp/personae-cp.txt -Dmdep.includeScope=test
/// java -cp app/target-NAME/test-classes:app/target-NAME/classes:$(cat /tmp/personae-cp.txt) \
///     io.personae.app.segments.SliderBenchmark /tmp/tx100k.csv 5 6 5
/// ```
///
/// Arguments: FILE, K1 (the segments the window opens with, default 5), K2 (default 6), moves
/// timed each way (default 7, after 2 untimed). Each move goes K1 -> K2 or back and is timed
/// twice: to the quick look (one k-means restart, shown at once) and to the full run that
/// replaces it. The engine's own times for the same moves, taken first in the same process,
/// are printed beside them.
public final class SliderBenchmark {

    private static final long WAIT_SECONDS = 180;
    private static final int WARM_UP = 2;
    private static final String SCATTER_TITLE = "Customers by segment";

    private final Workbench workbench;
    private final Stage stage;
    private final FakeDialogService dialogs;

    private SliderBenchmark(Workbench workbench, Stage stage, FakeDialogService dialogs) {
        this.workbench = workbench;
        this.stage = stage;
        this.dialogs = dialogs;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Usage: SliderBenchmark FILE [K1 [K2 [MOVES]]]");
        }
        Path file = Path.of(args[0]);
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int moves = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        // the window is drawn in software without a screen, as in the UI tests
        System.setProperty("glass.platform", System.getProperty("glass.platform", "headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        PrintStream out = System.out;

        Path folder = Files.createTempDirectory("personae-slider-");
        try {
            Path workspace = folder.resolve("slider.mv.db");
            int customers;
            double[] engine;
            try (Project project = Project.open(workspace)) {
                ImportOptions options = RoleGuesser.guess(TableReaders.preview(file, 200)).orElseThrow(() ->
                        new IllegalArgumentException("The columns of " + file + " cannot be guessed."));
                project.importFile(file, options, ProgressMonitor.NONE);
                Segmentation start = project.segment(SegmentationOptions.withK(from), ProgressMonitor.NONE);
                customers = start.result().assignment().length;
                engine = engineMillis(project, start, to, moves);
            }
            double[][] window = windowMillis(workspace, folder, from, to, moves);
            out.println(String.format(Locale.ROOT, "slider customers=%d k=%d<->%d release_to_charts_ms=%.1f"
                    + " release_to_refined_ms=%.1f (median of %d moves) engine_quick_ms=%.1f engine_full_ms=%.1f",
                    customers, from, to, median(window[0]), median(window[1]), window[0].length, engine[0], engine[1]));
            out.println("  release_to_charts_ms each move: " + Arrays.toString(round(window[0])));
            out.println("  release_to_refined_ms each move: " + Arrays.toString(round(window[1])));
        } finally {
            Platform.exit();
            delete(folder);
        }
        System.exit(0);
    }

    /// Medians of [Project#preview] for the quick look and the full settings, K1 -> K2, warmed up.
    private static double[] engineMillis(Project project, Segmentation start, int to, int moves) throws Exception {
        SegmentationOptions full = start.result().options().withSegments(to);
        SegmentationOptions quick = full.quickLook().orElse(full);
        double[] quickMillis = new double[moves];
        double[] fullMillis = new double[moves];
        for (int move = -WARM_UP; move < moves; move++) {
            long t0 = System.nanoTime();
            project.preview(quick, ProgressMonitor.NONE);
            long t1 = System.nanoTime();
            project.preview(full, ProgressMonitor.NONE);
            long t2 = System.nanoTime();
            if (move >= 0) {
                quickMillis[move] = (t1 - t0) / 1e6;
                fullMillis[move] = (t2 - t1) / 1e6;
            }
        }
        return new double[] {median(quickMillis), median(fullMillis)};
    }

    /// `{toQuickLook, toFullRun}`, one figure per timed move (both ways).
    private static double[][] windowMillis(Path workspace, Path folder, int from, int to, int moves) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        SliderBenchmark bench = onFx(() -> {
            Stage stage = new Stage();
            FakeDialogService dialogs = new FakeDialogService();
            Workbench workbench = Workbench.create(stage, new WorkbenchConfig(folder,
                    Preferences.userRoot().node("io/personae/app/bench/" + UUID.randomUUID()), dialogs));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            workbench.start(StartupArguments.open(workspace));
            return new SliderBenchmark(workbench, stage, dialogs);
        });
        try {
            bench.waitUntil(() -> bench.cards().size() == from && bench.scatter() != null, "the workspace to show");
            bench.settle();
            List<Double> toQuick = new ArrayList<>();
            List<Double> toFull = new ArrayList<>();
            for (int move = -WARM_UP; move < moves; move++) {
                for (int k : new int[] {to, from}) {
                    double[] timed = bench.move(k);
                    if (move >= 0) {
                        toQuick.add(timed[0]);
                        toFull.add(timed[1]);
                    }
                }
            }
            return new double[][] {toQuick.stream().mapToDouble(Double::doubleValue).toArray(),
                    toFull.stream().mapToDouble(Double::doubleValue).toArray()};
        } finally {
            onFx(() -> {
                bench.workbench.close();
                bench.stage.close();
                return null;
            });
        }
    }

    /// Moves the slider to `k` and times, from the value change, the first rendered pulse after
    /// the cards and the scatter show the quick look, then the one after they show the full run.
    private double[] move(int k) throws Exception {
        CompletableFuture<double[]> timed = new CompletableFuture<>();
        onFx(() -> {
            List<Node> cardsBefore = List.copyOf(cards());
            JFreeChart scatterBefore = scatter();
            long released = System.nanoTime();
            long[] shown = new long[2];
            new AnimationTimer() {
                private int updates;
                private boolean drawn;
                private List<Node> cardsSeen = cardsBefore;
                private JFreeChart scatterSeen = scatterBefore;

                @Override
                public void handle(long now) {
                    if (drawn) {
                        // the pulse that laid out and rendered the update has ended
                        shown[updates - 1] = System.nanoTime();
                        drawn = false;
                        if (updates == 2) {
                            stop();
                            timed.complete(new double[] {(shown[0] - released) / 1e6, (shown[1] - released) / 1e6});
                        }
                    }
                    List<Node> cardsNow = cards();
                    JFreeChart scatterNow = scatter();
                    if (cardsNow.size() == k && changed(cardsSeen, cardsNow) && scatterNow != scatterSeen) {
                        cardsSeen = List.copyOf(cardsNow);
                        scatterSeen = scatterNow;
                        updates++;
                        drawn = true;
                    }
                }
            }.start();
            lookupSlider().setValue(k);
            return null;
        });
        double[] result = timed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        settle();
        return result;
    }

    private static boolean changed(List<Node> before, List<Node> now) {
        return now.isEmpty() || before.isEmpty() || now.getFirst() != before.getFirst();
    }

    /// Lets the save after a move and any redraw finish, so moves do not overlap.
    private void settle() throws InterruptedException {
        Thread.sleep(1500);
    }

    /// The segments screen (the persona board has cards of the same style).
    private Node segmentsScreen() {
        Node node = lookupSlider();
        while (node != null && !(node instanceof SplitPane)) {
            node = node.getParent();
        }
        return node == null ? workbench.scene().getRoot() : node;
    }

    private List<Node> cards() {
        Node flow = segmentsScreen().lookup("." + Styles.CARDS);
        return flow instanceof Pane pane ? pane.getChildren() : List.of();
    }

    /// The chart the scatter shows now, or `null` before it shows one.
    private JFreeChart scatter() {
        for (Node node : allNodes(segmentsScreen())) {
            if (node instanceof ChartViewer viewer && viewer.getChart() != null && viewer.getChart().getTitle() != null
                    && SCATTER_TITLE.equals(viewer.getChart().getTitle().getText())) {
                return viewer.getChart();
            }
        }
        return null;
    }

    private static List<Node> allNodes(Node root) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(root);
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes.addAll(allNodes(child));
            }
        }
        return nodes;
    }

    private Slider lookupSlider() {
        return (Slider) workbench.scene().getRoot().lookup("#" + SegmentsView.SLIDER_ID);
    }

    private void waitUntil(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                String state = onFx(() -> cards().size() + " cards, scatter " + (scatter() != null) + ", "
                        + allNodes(workbench.scene().getRoot()).size() + " nodes, errors " + dialogs.errors());
                throw new IllegalStateException("Timed out waiting for " + what + " (" + state + ")");
            }
            Thread.sleep(50);
        }
    }

    private interface FxWork<T> {
        T get() throws Exception;
    }

    private static <T> T onFx(FxWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the figures stand; a leftover temporary folder is the system's to clear
        }
    }
}
