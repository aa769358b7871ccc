package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.Feature;
import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.analytics.segmentation.SegmentationResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipTaggerTest {

    /// Columns in [TransactionFeatures#FEATURES] order: recency, frequency, spend, average order, tenure.
    /// - ann: 6 orders over 400 - 10 = 390 days: repeat and lasting
    /// - bob: 5 orders within 40 - 10 = 30 days: repeat only (a burst)
    /// - cy: 2 orders over 300 - 20 = 280 days: lasting only
    /// - dee: 1 order: neither
    /// - eve: frequency unknown
    private static final double[][] VALUES = {
        {10, 10, 20, 5, 30},
        {6, 5, 2, 1, Double.NaN},
        {60, 50, 20, 10, 30},
        {10, 10, 10, 10, 30},
        {400, 40, 300, 5, 30},
    };

    private static CustomerTable table(List<CategoryColumn> categories) {
        return new CustomerTable(new String[] {"ann", "bob", "cy", "dee", "eve"}, new String[5], new String[5], new String[5],
                TransactionFeatures.FEATURES, VALUES, categories);
    }

    private static SegmentationResult result(int[] assignment) {
        return new SegmentationResult(SegmentationOptions.withK(2), List.of("x"), assignment, new double[][] {{0}, {1}},
                0, 1, new float[assignment.length], new float[assignment.length], "test", Instant.EPOCH);
    }

    @Test
    void givenNoChannel_whenTagged_thenOnlyRepeatAndLastingBuyersAreRelational() {
        Relationships tags = RelationshipTagger.tag(table(List.of()), result(new int[] {0, 0, 1, 1, 1})).orElseThrow();

        assertArrayEquals(new byte[] {1, 0, 0, 0, -1}, tags.tags());
        assertArrayEquals(new int[] {1, 0}, tags.relational());
        // eve cannot be judged, so segment 1's share is over cy and dee only
        assertArrayEquals(new int[] {2, 2}, tags.known());
        assertEquals(0.5, tags.share(0), 1e-12);
        assertEquals(0.0, tags.share(1), 1e-12);
        assertEquals(0.25, tags.baseShare(), 1e-12);
        assertTrue(tags.channel().isEmpty());
    }

    @Test
    void givenAChannelColumn_whenTagged_thenAPersonalChannelIsTheSecondSignForOneSignBuyers() {
        CategoryColumn channel = new CategoryColumn("channel", new String[] {"web", "Store", "Phone", "store", null});

        Relationships tags = RelationshipTagger.tag(table(List.of(channel)), result(new int[] {0, 0, 1, 1, 1})).orElseThrow();

        // bob (repeat, store) and cy (lasting, phone) now have two signs; dee (store only) one
        assertArrayEquals(new byte[] {1, 1, 1, 0, -1}, tags.tags());
        assertEquals(0.75, tags.baseShare(), 1e-12);
        assertEquals("channel", tags.channel().orElseThrow());
    }

    @Test
    void givenCustomerLevelData_whenTagged_thenThereIsNoOverlay() {
        CustomerTable customers = new CustomerTable(new String[] {"a", "b"}, new String[2], new String[2], new String[2],
                List.of(new Feature("Income", FeatureKind.MONEY, false)), new double[][] {{1, 2}});

        assertTrue(RelationshipTagger.tag(customers, result(new int[] {0, 1})).isEmpty());
    }

    @Test
    void givenChannelNames_whenJudged_thenOnlyChannelsThatKnowTheCustomerArePersonal() {
        assertTrue(RelationshipTagger.isPersonal("In-store"));
        assertTrue(RelationshipTagger.isPersonal("Sales rep"));
        assertFalse(RelationshipTagger.isPersonal("Web shop"));
        assertFalse(RelationshipTagger.isPersonal("Marketplace"));
        assertFalse(RelationshipTagger.isPersonal(null));
    }
}
