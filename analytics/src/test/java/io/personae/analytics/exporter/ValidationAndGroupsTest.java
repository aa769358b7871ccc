package io.personae.analytics.exporter;

import static io.personae.analytics.exporter.ExportFixtures.export;
import static io.personae.analytics.exporter.ExportFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.StrategyPlanner;
import io.personae.analytics.personas.Segmentation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationAndGroupsTest {

    @TempDir
    Path folder;

    @Test
    void givenAnEmailToolPreset_whenValidated_thenMissingInvalidUnconsentedAndLaterDuplicateAddressesAreLeftOut() throws Exception {
        Path target = folder.resolve("list.csv");
        Path excluded = ExcludedFile.besides(target);

        ExportSummary summary = export(ExportOptions.of(target, ExportPreset.MAILCHIMP).withExcludedFile(excluded));

        assertEquals(2, summary.rows());
        assertEquals(Map.of(Exclusion.MISSING_EMAIL, 1, Exclusion.INVALID_EMAIL, 1, Exclusion.DUPLICATE_EMAIL, 1,
                Exclusion.NO_CONSENT, 2), summary.validation().counts());
        assertEquals("Left out 5 customers: No email address (1), Invalid email address (1), Duplicate email address (1),"
                + " No marketing consent (2)", summary.validation().describe().getFirst());
        assertEquals(folder.resolve("list-excluded.csv"), excluded);
        assertEquals(List.of("Customer ID,Email Address,Segment,Reason,Detail",
                "c,bob@example.com ,Segment 1,Duplicate email address,same address as customer b",
                "d,not-an-email,Segment 2,Invalid email address,",
                "e,,Segment 1,No email address,",
                "f,fay@example.com,Segment 2,No marketing consent,",
                "g,gus@example.com,Segment 1,No marketing consent,"), lines(excluded));
        assertTrue(summary.lines().contains("Wrote the 5 customers left out to list-excluded.csv."), summary.lines().toString());
    }

    @Test
    void givenThePlainList_whenExported_thenNobodyIsLeftOutUnlessContactableOnlyIsAsked() throws Exception {
        assertEquals(7, export(new ExportOptions(folder.resolve("all.csv"), Set.of())).rows());
        assertEquals(2, export(new ExportOptions(folder.resolve("some.csv"), Set.of()).withContactableOnly(true)).rows());
    }

    @Test
    void givenASegmentWithNoContactableCustomer_whenExportedForAnEmailTool_thenItFailsNamingTheSegmentAndWritesNothing() {
        Path target = folder.resolve("empty.csv");
        CustomerTable table = new CustomerTable(new String[] {"a", "b"}, new String[] {"ann@example.com", "n/a"},
                new String[] {"Ann", "Bob"}, new String[] {"A", "B"}, ExportFixtures.many(2).features(),
                ExportFixtures.many(2).values());
        Segmentation segmentation = ExportFixtures.spread(2, 2);

        ExportException e = assertThrows(ExportException.class,
                () -> export(table, segmentation, ExportOptions.of(target, ExportPreset.KLAVIYO).withSegments(Set.of(1))));

        assertTrue(e.getMessage().startsWith("Segment 2 has no customer with a valid email address: nothing to export"),
                e.getMessage());
        assertFalse(target.toFile().exists());
    }

    @Test
    void givenSharesOf45_45_10_whenDrawnOn100000CustomersInThreeSegments_thenEverySegmentIsWithinOnePointOfTheSplit()
            throws Exception {
        int n = 100_000;
        CustomerTable table = ExportFixtures.many(n);
        Segmentation segmentation = ExportFixtures.spread(n, 3);
        ExportOptions options = ExportOptions.of(folder.resolve("ab.csv"), ExportPreset.KLAVIYO)
                .withSplit(GroupSplit.parse("45,45,10"), 7);

        ExportPlan plan = CampaignExporter.plan(table, segmentation, StrategyPlanner.plan(table, segmentation.result()), options);

        assertEquals(List.of("A", "B", "Holdout"), plan.groupNames());
        int[] assignment = segmentation.result().assignment();
        int[] rows = plan.validation().included();
        for (int s = 0; s < 3; s++) {
            int[] counts = new int[3];
            int size = 0;
            for (int p = 0; p < rows.length; p++) {
                if (assignment[rows[p]] == s) {
                    counts[plan.groups()[p]]++;
                    size++;
                }
            }
            assertEquals(45, 100.0 * counts[0] / size, 1.0);
            assertEquals(45, 100.0 * counts[1] / size, 1.0);
            assertEquals(10, 100.0 * counts[2] / size, 1.0);
        }
        assertEquals(Map.of("A", 45_000, "B", 45_000, "Holdout", 10_000), plan.groupSizes());
        ExportPlan again = CampaignExporter.plan(table, segmentation, StrategyPlanner.plan(table, segmentation.result()), options);
        assertArrayEquals(plan.groups(), again.groups());
        ExportPlan other = CampaignExporter.plan(table, segmentation, StrategyPlanner.plan(table, segmentation.result()),
                options.withSplit(options.split(), 8));
        assertFalse(java.util.Arrays.equals(plan.groups(), other.groups()));
    }

    @Test
    void givenTestGroups_whenExported_thenTheVariantColumnHoldsEachCustomersGroupAndTheSummaryGivesTheDetectableLift()
            throws Exception {
        Path target = folder.resolve("ab.csv");

        ExportSummary summary = export(ExportFixtures.many(40), ExportFixtures.spread(40, 2),
                new ExportOptions(target, Set.of()).withSplit(GroupSplit.parse("50,50"), 3));

        List<String> lines = lines(target);
        assertTrue(lines.getFirst().endsWith(",Secondary Action,Variant"), lines.getFirst());
        assertEquals(20, lines.stream().skip(1).filter(l -> l.endsWith(",A")).count());
        assertEquals(20, lines.stream().skip(1).filter(l -> l.endsWith(",B")).count());
        assertTrue(summary.lines().contains("Groups (seed 3): A 20, B 20"), summary.lines().toString());
        assertTrue(summary.lines().contains("With 20 per variant you can detect a lift from 2.0% to 35.6%."),
                summary.lines().toString());
    }

    @Test
    void givenQuotasForSevenCustomers_whenShared_thenTheRemaindersGoToTheLargestFractions() {
        assertArrayEquals(new int[] {3, 3, 1}, GroupAssigner.quotas(7, GroupSplit.parse("45,45,10")));
        assertArrayEquals(new int[] {0, 0, 0}, GroupAssigner.quotas(0, GroupSplit.parse("45,45,10")));
    }

    @Test
    void givenBadShares_whenParsed_thenTheMessageSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GroupSplit.parse("45,45,20")).getMessage()
                .contains("add up to 110%"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GroupSplit.parse("100")).getMessage()
                .contains("Give two shares"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GroupSplit.parse("a,b")).getMessage()
                .contains("whole percentages"));
        assertEquals(List.of("A", "B", "C", "Holdout"), GroupSplit.parse("30, 30, 30, 10%").groups());
    }

    @Test
    void givenTwoGroupsOf3825AtTwoPercent_whenTheDetectableEffectIsWorkedOut_thenItIsThreePercent() {
        // the textbook sample size for 2% against 3% at alpha 0.05 and power 0.8 is 3,825 per group
        DetectableEffect effect = DetectableEffect.between(3825, 3825, 0.02);

        assertEquals(0.03, effect.detectable(), 1e-4);
        assertEquals("With 3,825 per variant you can detect a lift from 2.0% to 3.0%.", effect.describe("variant"));
        assertTrue(DetectableEffect.between(40_000, 40_000, 0.02).detectable() < effect.detectable());
    }
}
