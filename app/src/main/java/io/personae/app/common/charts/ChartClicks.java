package io.personae.app.common.charts;

import java.util.function.Consumer;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/// Clicks on a chart's bars, points and cells, so every chart can pick a segment the same way.
public final class ChartClicks {

    private ChartClicks() {
    }

    /// Calls `onClick` with the entity under a mouse click (a bar, a point, a cell), if any.
    public static void onEntity(ChartViewer viewer, Consumer<ChartEntity> onClick) {
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() != null) {
                    onClick.accept(event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // decision: hovering is answered by the charts' tooltips alone
            }
        });
    }
}
