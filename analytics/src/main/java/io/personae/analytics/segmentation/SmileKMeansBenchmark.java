package io.personae.analytics.segmentation;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import smile.clustering.CentroidClustering;
import smile.clustering.Clustering;
import smile.math.MathEx;
import smile.util.AlgoStatus;
import smile.util.IterativeAlgorithmController;

/// Times Smile 6.3's `smile.clustering.KMeans.fit` on the same numeric CSV as [KMeansBenchmark],
/// so that both peers can be measured in one run (`personae bench kmeans FILE K --peer smile`).
///
/// Same rules as ours: the data as it is in the file, the same warm-up fits on the head of the
/// file, only the fit timed (turning the array into Smile's rows is not), `n_init` runs kept
/// by lowest distortion as Smile's own `Clustering.run` does.
public final class SmileKMeansBenchmark {

    /// scikit-learn's default, which the peer script uses too.
    static final int MAX_ITERATIONS = 100;

    private SmileKMeansBenchmark() {}

    /// @return one line: `smile k=K n=N d=D n_init=R fit_ms=T iterations=I inertia=X`
    /// @throws IllegalArgumentException when the file is not a numeric table (names the line)
    /// @throws UncheckedIOException when the file cannot be read
    public static String run(Path numericCsv, int k, int restarts) {
        NumericCsv table = NumericCsv.read(numericCsv);
        KMeansBenchmark.checkK(table, k, restarts);
        MathEx.setSeed(SegmentationOptions.DEFAULT_SEED);
        double[][] head = table.head(KMeansBenchmark.WARM_UP_ROWS).toRows();
        for (int fit = 0; fit < KMeansBenchmark.WARM_UP_FITS && head.length >= k; fit++) {
            fitOnce(head, k);
        }
        double[][] rows = table.toRows();
        long start = System.nanoTime();
        Run best = null;
        for (int run = 0; run < restarts; run++) {
            Run next = fitOnce(rows, k);
            if (best == null || next.clustering().distortion() < best.clustering().distortion()) {
                best = next;
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return KMeansBenchmark.line("smile", table, k, restarts, millis, best.iterations(),
                inertia(best.clustering(), rows));
    }

    private record Run(CentroidClustering<double[], double[]> clustering, int iterations) {}

    /// One `KMeans.fit`, with a controller that only counts the iterations Smile reports.
    private static Run fitOnce(double[][] rows, int k) {
        IterativeAlgorithmController<AlgoStatus> controller = new IterativeAlgorithmController<>();
        IterationCounter counter = new IterationCounter();
        controller.subscribe(counter);
        Clustering.Options defaults = new Clustering.Options(k, MAX_ITERATIONS);
        CentroidClustering<double[], double[]> clustering = smile.clustering.KMeans.fit(rows,
                new Clustering.Options(k, MAX_ITERATIONS, defaults.tol(), controller));
        controller.close();
        return new Run(clustering, counter.awaitLastIteration());
    }

    /// Sum of squared distances to the assigned centre, computed here so that it means exactly
    /// what the other two lines mean.
    private static double inertia(CentroidClustering<double[], double[]> clustering, double[][] rows) {
        double inertia = 0;
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            inertia += Distances.squared(row, 0, clustering.center(clustering.group(i)), 0, row.length);
        }
        return inertia;
    }

    /// Keeps the highest iteration number Smile published; delivery is asynchronous, so the
    /// count is read once the publisher has completed.
    private static final class IterationCounter implements Flow.Subscriber<AlgoStatus> {

        private final AtomicInteger last = new AtomicInteger();
        private final CountDownLatch done = new CountDownLatch(1);

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(AlgoStatus status) {
            last.accumulateAndGet(status.iteration(), Math::max);
        }

        @Override
        public void onError(Throwable error) {
            done.countDown();
        }

        @Override
        public void onComplete() {
            done.countDown();
        }

        int awaitLastIteration() {
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return last.get();
        }
    }
}
