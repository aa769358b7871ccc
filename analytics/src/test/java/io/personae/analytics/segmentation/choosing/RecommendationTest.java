package io.personae.analytics.segmentation.choosing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationTest {

    private static final SweepOptions LIMITS = SweepOptions.DEFAULTS;

    private static KScore score(int k, double silhouette, double stability) {
        return new KScore(k, silhouette, 100, 1, 10, 0.1, stability);
    }

    private static double[] even(int k) {
        double[] shares = new double[k];
        java.util.Arrays.fill(shares, 1.0 / k);
        return shares;
    }

    @Test
    void givenTheBestScoringKMeetsEveryLimit_whenRecommended_thenItIsChosenAndTheSentenceSaysSo() {
        SweepResult result = Recommendation.recommend(
                List.of(score(2, 0.5, 0.9), score(3, 0.6, 0.9), score(4, 0.7, 0.9)),
                List.of(even(2), even(3), even(4)), LIMITS);

        assertEquals(4, result.bestScoringK());
        assertEquals(4, result.recommendedK());
        assertEquals("4 scores best and meets every limit: 4 is recommended.", result.recommendation());
    }

    @Test
    void givenTheBestScoringKHasTwoTinySegments_whenRecommended_thenTheNextBestIsChosenAndTheSentenceSaysWhy() {
        SweepResult result = Recommendation.recommend(
                List.of(score(4, 0.6, Double.NaN), score(5, 0.55, Double.NaN), score(6, 0.7, Double.NaN)),
                List.of(even(4), even(5), new double[] {0.3, 0.3, 0.2, 0.16, 0.02, 0.02}),
                LIMITS);

        assertEquals(6, result.bestScoringK());
        assertEquals(4, result.recommendedK());
        assertEquals("6 scores best, but two segments hold under 3% of customers; 4 is recommended.",
                result.recommendation());
    }

    @Test
    void givenMoreSegmentsThanTheTeamCanActOn_whenRecommended_thenTheMaximumCapsTheChoice() {
        SweepOptions fourAtMost = new SweepOptions(2, 12, 0.03, 4, 0, 5_000);

        SweepResult result = Recommendation.recommend(
                List.of(score(3, 0.4, Double.NaN), score(4, 0.5, Double.NaN), score(6, 0.8, Double.NaN)),
                List.of(even(3), even(4), even(6)), fourAtMost);

        assertEquals(4, result.recommendedK());
        assertEquals("6 scores best, but 6 segments are more than the 4 the team can act on; 4 is recommended.",
                result.recommendation());
    }

    @Test
    void givenUnstableSegmentsAtTheBestK_whenRecommended_thenAStableKIsPreferred() {
        SweepResult result = Recommendation.recommend(
                List.of(score(2, 0.5, 0.9), score(3, 0.6, 0.62)), List.of(even(2), even(3)), LIMITS);

        assertEquals(2, result.recommendedK());
        assertEquals("3 scores best, but its segments are not stable (mean Jaccard 0.62, under 0.75); 2 is recommended.",
                result.recommendation());
    }

    @Test
    void givenATinySegmentAtEveryK_whenRecommended_thenTheSentenceNamesThatLimitAndTheLeastBadIsChosen() {
        double[] tinyAtTwo = {0.99, 0.01};
        double[] tinyAtThree = {0.59, 0.4, 0.01};

        SweepResult result = Recommendation.recommend(
                List.of(score(2, 0.8, 0.5), score(3, 0.6, 0.9)), List.of(tinyAtTwo, tinyAtThree), LIMITS);

        assertEquals(2, result.bestScoringK());
        assertEquals(3, result.recommendedK());
        assertEquals("No number of segments meets every limit: every k has a segment under 3% of customers. "
                + "3 is the least bad (one segment holds under 3% of customers); 3 is recommended.",
                result.recommendation());
    }

    @Test
    void givenNearlyEqualSilhouettes_whenRecommended_thenCalinskiHarabaszAndDaviesBouldinBreakTheTie() {
        KScore sharper = new KScore(5, 0.600, 300, 0.5, 10, 0.1, Double.NaN);
        KScore blurrier = new KScore(3, 0.605, 200, 0.9, 10, 0.2, Double.NaN);

        SweepResult result = Recommendation.recommend(List.of(blurrier, sharper), List.of(even(3), even(5)), LIMITS);

        assertEquals(5, result.bestScoringK());
        assertEquals(List.of(3, 5), result.scores().stream().map(KScore::k).toList());
    }

    @Test
    void givenAClearWcssElbowAtFourAndTheBestSilhouetteAtTwo_whenRecommended_thenTheElbowDecides() {
        // drops 100, 40, 40, 2, 1.5: the fourth segment removes 20 times what the fifth does
        SweepResult result = Recommendation.recommend(
                List.of(curve(2, 0.6, 100), curve(3, 0.5, 60), curve(4, 0.45, 20), curve(5, 0.4, 18),
                        curve(6, 0.35, 16.5)),
                List.of(even(2), even(3), even(4), even(5), even(6)), LIMITS, 200);

        assertEquals(4, result.bestScoringK());
        assertEquals(4, result.recommendedK());
    }

    @Test
    void givenAWcssBendUnderTheClearRatio_whenRecommended_thenTheSilhouetteDecides() {
        // the sharpest bend, at 4, is 40 / 10 = 4: not clear
        SweepResult result = Recommendation.recommend(
                List.of(curve(2, 0.6, 100), curve(3, 0.5, 60), curve(4, 0.45, 20), curve(5, 0.4, 10),
                        curve(6, 0.35, 5)),
                List.of(even(2), even(3), even(4), even(5), even(6)), LIMITS, 200);

        assertEquals(2, result.bestScoringK());
    }

    @Test
    void givenTheElbowKFailsALimit_whenRecommended_thenTheNextBestByTheSameRuleIsChosen() {
        SweepOptions threeAtMost = new SweepOptions(2, 12, 0.03, 3, 0, 5_000);

        SweepResult result = Recommendation.recommend(
                List.of(curve(2, 0.5, 100), curve(3, 0.6, 60), curve(4, 0.45, 20), curve(5, 0.4, 18)),
                List.of(even(2), even(3), even(4), even(5)), threeAtMost, 120);

        assertEquals(4, result.bestScoringK());
        assertEquals(3, result.recommendedK());
        assertEquals("4 scores best, but 4 segments are more than the 3 the team can act on; 3 is recommended.",
                result.recommendation());
    }

    private static KScore curve(int k, double silhouette, double wcss) {
        return new KScore(k, silhouette, 100, 1, wcss, 0.1, Double.NaN);
    }

    @Test
    void givenShares_whenWrittenAsPercentages_thenOnlyTheDigitsNeededAreShown() {
        assertEquals("3%", Recommendation.percent(0.03));
        assertEquals("2.5%", Recommendation.percent(0.025));
    }
}
