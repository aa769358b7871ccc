package io.personae.analytics.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.features.FeatureKind;
import io.personae.analytics.features.TransactionFeatures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonaDescriberTest {

    @Test
    void givenRecentHighSpenders_whenDescribed_thenTwoSentencesGiveWeeksOrdersLiftAndShares() {
        PersonaProfile profile = new PersonaProfile(0, 1, 120, 0.12, 0.31, Double.NaN, List.of(
                new FeatureStats(TransactionFeatures.RECENCY, FeatureKind.DAYS, 21, 60, 25, 80, -1.2),
                new FeatureStats(TransactionFeatures.FREQUENCY, FeatureKind.COUNT, 4, 2, 4.24, 2, 1.1),
                new FeatureStats(TransactionFeatures.MONETARY, FeatureKind.MONEY, 300, 90, 420, 100, 2.0)),
                List.of(), null);

        assertEquals("They last bought 3 weeks ago, place 4.2 orders on average and spend 4.2x the average customer."
                + " They are 12.0% of customers and bring 31.0% of revenue.", PersonaDescriber.describe(profile));
    }

    @Test
    void givenCustomerDataWithoutOrders_whenDescribed_thenTheTwoStrongestFeaturesAreWorded() {
        PersonaProfile profile = new PersonaProfile(0, 1, 50, 0.25, Double.NaN, Double.NaN, List.of(
                new FeatureStats("Age", FeatureKind.NUMBER, 30, 38, 31, 38.8, -0.1),
                new FeatureStats("Annual Income (k$)", FeatureKind.MONEY, 80, 60, 108, 60, 1.5),
                new FeatureStats("Spending Score", FeatureKind.NUMBER, 20, 50, 20, 50, -1.9)), List.of(), null);

        assertEquals("Their spending score is 0.4x the average and annual income is 1.8x the average."
                + " They are 25.0% of customers.", PersonaDescriber.describe(profile));
    }

    @Test
    void givenDays_whenWorded_thenDaysWeeksMonthsOrYearsAreChosen() {
        assertEquals("1 day ago", PersonaDescriber.ago(1));
        assertEquals("13 days ago", PersonaDescriber.ago(13));
        assertEquals("3 weeks ago", PersonaDescriber.ago(21));
        assertEquals("5 months ago", PersonaDescriber.ago(152));
        assertEquals("3 years ago", PersonaDescriber.ago(1100));
    }

    @Test
    void givenEdits_whenApplied_thenEditedTextsWinAndAClashingNameIsLeftOut() {
        PersonaProfile profile = new PersonaProfile(0, 1, 1, 0.5, Double.NaN, Double.NaN, List.of(), List.of(), null);
        List<Persona> personas = List.of(new Persona(0, "Lapsed", 1, 0.5, Double.NaN, List.of()),
                new Persona(1, "Loyal", 1, 0.5, Double.NaN, List.of()));
        Map<Integer, PersonaEdit> edits = Map.of(
                3, new PersonaEdit(3, "Sleepers", "Gone quiet.", "Call them in May"),
                7, new PersonaEdit(7, "sleepers", null, ""));

        List<Persona> described = PersonaTexts.apply(personas, List.of(profile, profile), new int[] {3, 7}, edits);

        assertEquals("Sleepers", described.get(0).name());
        assertEquals("Gone quiet.", described.get(0).description());
        assertEquals("Call them in May", described.get(0).notes());
        assertEquals("Loyal", described.get(1).name(), "a name another persona holds is not taken");
        assertEquals("They look like the customer base as a whole. They are 50.0% of customers.",
                described.get(1).description());
    }
}
