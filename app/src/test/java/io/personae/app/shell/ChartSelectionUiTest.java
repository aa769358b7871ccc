package io.personae.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Styles;
import io.personae.app.personas.ChartKind;
import io.personae.app.personas.PersonasView;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Clicking a segment in a chart picks it everywhere, in the real window on the bundled sample:
/// a centre on the segments screen's scatter, and a cell of the RFM grid among the persona charts.
@ExtendWith(ApplicationExtension.class)
class ChartSelectionUiTest {

    @RegisterExtension
    final WorkbenchFixture window = new WorkbenchFixture();

    private final FakeDialogService dialogs = window.dialogs();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /// Opens the window on the sample segmented with `options`.
    private void open(FxRobot robot, SegmentationOptions options) throws Exception {
        Path file = window.importBundledSample("sample.mv.db", options);
        robot.interact(() -> window.open(stage, file));
    }

    @Test
    void givenFiveSegments_whenACentreOnTheScatterIsClicked_thenItsSegmentIsPickedOnTheBoard(FxRobot robot) throws Exception {
        open(robot, SegmentationOptions.withK(5));
        Button cancel = window.cancelButton();
        UiWait.until("the scatter shows five centres", () -> cancel.isDisabled() && centres(robot).map(XYDataset::getSeriesCount).orElse(0) == 5);
        Screenshots.write(window.workbench().scene(), Screenshots.docsFile("segments-scatter.png"));

        XYDataset centres = centres(robot).orElseThrow();
        int series = centres.getSeriesCount() - 1;
        // "Centre of 3 · Name": the number users see
        String key = centres.getSeriesKey(series).toString();
        String number = "Segment " + key.substring("Centre of ".length(), key.indexOf(" · "));
        robot.clickOn(onScreen(robot, chart(robot, "Customers by segment").orElseThrow(), centres.getXValue(series, 0),
                centres.getYValue(series, 0)));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        UiWait.until("the board shows five personas", () -> window.boardCards().size() == 5 && cancel.isDisabled());
        UiWait.until("the clicked segment is picked on the board", () -> picked(robot).equals(List.of(number)),
                () -> "(picked " + picked(robot) + ", wanted " + number + ")");
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void givenRfmGroups_whenACellOfTheRfmGridIsClicked_thenItsGroupIsPickedOnTheBoard(FxRobot robot) throws Exception {
        open(robot, new SegmentationOptions(5, SegmentationOptions.DEFAULT_SEED, SegmentationOptions.DEFAULT_RESTARTS,
                SegmentationOptions.DEFAULT_MAX_ITERATIONS, Method.RFM, List.of(), List.of(), MissingValues.MEDIAN, null));
        Button cancel = window.cancelButton();
        UiWait.until("the RFM groups are shown", () -> cancel.isDisabled() && window.segmentCards().size() > 2);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        UiWait.until("the board shows the groups", () -> !window.boardCards().isEmpty() && cancel.isDisabled());
        robot.interact(() -> window.workbench().personasView().showTab(PersonasView.CHARTS_TAB));
        robot.clickOn(ChartKind.RFM_GRID.title());
        UiWait.until("the RFM grid is drawn", () -> chart(robot, "RFM grid").map(v -> v.getChart().getXYPlot().getDataset().getItemCount(0) == 25)
                .orElse(false));
        Screenshots.write(window.workbench().scene(), Screenshots.docsFile("chart-rfm-grid.png"));

        // recency 5, frequency 5: Champions
        robot.clickOn(onScreen(robot, chart(robot, "RFM grid").orElseThrow(), 4, 4));
        robot.interact(() -> window.workbench().personasView().showTab(PersonasView.BOARD_TAB));
        UiWait.until("Champions are picked on the board", () -> pickedTitles(robot).equals(List.of("Champions")),
                () -> "(picked " + pickedTitles(robot) + ")");
        assertEquals(List.of(), dialogs.errors());
    }

    private static Optional<ChartViewer> chart(FxRobot robot, String title) {
        return robot.lookup((Node node) -> node instanceof ChartViewer viewer && viewer.isVisible() && viewer.getChart() != null
                && viewer.getChart().getTitle() != null && title.equals(viewer.getChart().getTitle().getText()))
                .tryQueryAs(ChartViewer.class);
    }

    private static Optional<XYDataset> centres(FxRobot robot) {
        return chart(robot, "Customers by segment").map(viewer -> viewer.getChart().getXYPlot().getDataset(1));
    }

    /// Where on screen the chart draws the point (x, y) in data units.
    private static javafx.geometry.Point2D onScreen(FxRobot robot, ChartViewer viewer, double x, double y) {
        AtomicReference<javafx.geometry.Point2D> at = new AtomicReference<>();
        robot.interact(() -> {
            ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
            Rectangle2D area = info.getPlotInfo().getDataArea();
            XYPlot plot = viewer.getChart().getXYPlot();
            Point2D java2d = new Point2D.Double(plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()),
                    plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
            at.set(viewer.getCanvas().localToScreen(java2d.getX(), java2d.getY()));
        });
        return at.get();
    }

    /// The numbers ("Segment 3") of the board cards shown as picked.
    private List<String> picked(FxRobot robot) {
        return window.boardCards().stream().filter(c -> c.getStyleClass().contains(Styles.SELECTED))
                .map(c -> robot.from(c).lookup("." + Styles.CARD_NUMBER).queryAs(Label.class).getText()).toList();
    }

    private List<String> pickedTitles(FxRobot robot) {
        return window.boardCards().stream().filter(c -> c.getStyleClass().contains(Styles.SELECTED))
                .map(c -> robot.from(c).lookup("." + Styles.BOARD_TITLE).queryAs(Label.class).getText()).toList();
    }
}
