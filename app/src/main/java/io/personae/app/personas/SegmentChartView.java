package io.personae.app.personas;

import io.personae.app.common.charts.ChartClicks;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;

/// A persona chart redrawn from one kind of data, which reports the segment of a clicked item so
/// that clicking a segment in any chart selects it everywhere.
///
/// @param <D> the data the chart is drawn from
final class SegmentChartView<D> {

    private final Function<D, JFreeChart> draw;
    private final ChartViewer viewer;
    private D shown;

    /// @param draw       the chart for some data, and the empty chart for `null`
    /// @param identityAt the identity of the segment a clicked item belongs to, if any
    /// @param onSegment  told the identity of a clicked segment
    SegmentChartView(Function<D, JFreeChart> draw, BiFunction<ChartEntity, D, OptionalInt> identityAt,
            IntConsumer onSegment) {
        this.draw = draw;
        this.viewer = new ChartViewer(draw.apply(null));
        ChartClicks.onEntity(viewer, entity -> {
            if (shown != null) {
                identityAt.apply(entity, shown).ifPresent(onSegment);
            }
        });
    }

    /// For charts with a category per segment: the segment of the clicked bar or box.
    static OptionalInt categoryColumn(ChartEntity entity, List<Integer> identities) {
        if (entity instanceof CategoryItemEntity item) {
            int column = item.getDataset().getColumnIndex(item.getColumnKey());
            if (column >= 0) {
                return OptionalInt.of(identities.get(column));
            }
        }
        return OptionalInt.empty();
    }

    ChartViewer node() {
        return viewer;
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    void show(D data) {
        shown = data;
        viewer.setChart(draw.apply(data));
    }
}
