package io.personae.analytics.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.progress.ProgressMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmScoringTest {

    /// Ten customers whose recency and frequency each run through 1..10 in a known order, so
    /// the quintile cut points are 2, 4, 6, 8 and every score is known.
    private static CustomerTable orders() {
        double[] recency = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] frequency = {10, 1, 5, 3, 6, 2, 8, 4, 9, 7};
        double[] monetary = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000};
        double[] averageOrder = new double[10];
        double[] tenure = new double[10];
        for (int i = 0; i < 10; i++) {
            averageOrder[i] = monetary[i] / frequency[i];
            tenure[i] = 100 + i;
        }
        return KnownStructure.table(TransactionFeatures.FEATURES,
                new double[][] {recency, frequency, monetary, averageOrder, tenure}, List.of());
    }

    private static SegmentationOptions rfm(RfmCutPoints cuts) {
        return new SegmentationOptions(2, 42, 1, 1, Method.RFM, List.of(), List.of(), MissingValues.MEDIAN, cuts);
    }

    private static List<String> groupOfEachCustomer(SegmentationResult result) {
        return java.util.Arrays.stream(result.assignment()).mapToObj(s -> result.labels().get(s)).toList();
    }

    @Test
    void givenKnownValues_whenQuintilesAreComputed_thenTheyAreTheNearestRankPercentiles() throws SegmentationException {
        RfmCutPoints cuts = RfmScoring.quintiles(orders());

        assertEquals(new RfmCutPoints(new double[] {2, 4, 6, 8}, new double[] {2, 4, 6, 8},
                new double[] {200, 400, 600, 800}), cuts);
    }

    @Test
    void givenAValueOnACutPoint_whenScored_thenItTakesTheLowerScoreAndRecencyIsReversed() {
        double[] cuts = {2, 4, 6, 8};

        assertEquals(1, RfmScoring.score(2, cuts, false));
        assertEquals(2, RfmScoring.score(2.5, cuts, false));
        assertEquals(5, RfmScoring.score(9, cuts, false));
        assertEquals(5, RfmScoring.score(1, cuts, true));
        assertEquals(1, RfmScoring.score(10, cuts, true));
    }

    @Test
    void givenKnownScores_whenScoredWithQuintiles_thenEachCustomerIsInItsNamedGroup() throws SegmentationException {
        SegmentationResult result = Segmenter.segment(orders(), rfm(null), ProgressMonitor.NONE);

        assertEquals(List.of("Champions", "New customers", "Potential loyalists", "Potential loyalists", "Need attention",
                "About to sleep", "At risk", "Hibernating", "Can't lose them", "At risk"), groupOfEachCustomer(result));
        assertEquals(8, result.k());
        assertArrayEquals(new int[] {2, 2, 1, 1, 1, 1, 1, 1}, result.sizes());
        assertEquals(RfmScoring.quintiles(orders()), result.rfmCutPoints());
        assertEquals(List.of(TransactionFeatures.RECENCY, TransactionFeatures.FREQUENCY, TransactionFeatures.MONETARY),
                result.featureNames());
    }

    @Test
    void givenUserCutPoints_whenScored_thenTheyAreUsedAndKeptWithTheResult() throws SegmentationException {
        RfmCutPoints cuts = new RfmCutPoints(new double[] {5, 5, 5, 5}, new double[] {1, 1, 1, 1},
                new double[] {0, 0, 0, 0});

        SegmentationResult result = Segmenter.segment(orders(), rfm(cuts), ProgressMonitor.NONE);

        // recency up to 5 days scores 5, above scores 1; one order scores 1, more score 5
        assertEquals(List.of("Champions", "New customers", "Champions", "Champions", "Champions", "Can't lose them",
                "Can't lose them", "Can't lose them", "Can't lose them", "Can't lose them"), groupOfEachCustomer(result));
        assertEquals(cuts, result.rfmCutPoints());
        assertEquals(List.of("Can't lose them", "Champions", "New customers"), result.labels());
    }

    @Test
    void givenACustomerList_whenScored_thenTheMessageSaysRfmNeedsOrderData() {
        CustomerTable customers = KnownStructure.table(KnownStructure.numbers(2), new double[][] {{1, 2, 3}, {4, 5, 6}},
                List.of());

        SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmenter.segment(customers, rfm(null), ProgressMonitor.NONE));

        assertTrue(e.getMessage().startsWith("RFM scoring needs order data (recency, frequency, monetary)"), e.getMessage());
    }

    @Test
    void givenCutPointsAsText_whenParsedAndFormatted_thenTheyRoundTripAndBadTextIsExplained() {
        RfmCutPoints cuts = RfmCutPointsText.parse("30,90,180,365/1,2,3,5/50,100.5,250,500");

        assertEquals(cuts, RfmCutPointsText.parse(RfmCutPointsText.format(cuts)));
        assertArrayEquals(new double[] {50, 100.5, 250, 500}, cuts.monetary());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmCutPointsText.parse("30,90,180/1,2,3,5/50,100,250,500"));
        assertTrue(e.getMessage().startsWith("RFM recency needs four cut points"), e.getMessage());
    }
}
