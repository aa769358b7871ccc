package io.personae.app.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.personae.analytics.personas.FeatureProfile;
import io.personae.analytics.personas.Persona;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonaCardViewModelTest {

    private static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void givenAPersona_whenShownOnACard_thenSizeShareAndRevenueReadAsSentences() {
        Persona persona = new Persona(0, "Loyal high spenders", 812, 0.1626, 0.4121, List.of());

        PersonaCardViewModel card = new PersonaCardViewModel(persona);

        assertEquals("Loyal high spenders", card.title());
        assertEquals("812 customers · 16.3%", card.size());
        assertEquals("41.2% of revenue", card.revenue());
    }

    @Test
    void givenNoSpendColumn_whenShown_thenTheRevenueLineIsEmpty() {
        Persona persona = new Persona(2, "Young", 1200, 0.5, Double.NaN, List.of());

        assertEquals("", new PersonaCardViewModel(persona).revenue());
        assertEquals("1,200 customers · 50.0%", new PersonaCardViewModel(persona).size());
    }

    @Test
    void givenFeatureMeans_whenWorded_thenEachLineComparesWithTheAverageAndPointsTheWay() {
        PersonaCardViewModel.FeatureLine low = PersonaCardViewModel.line(new FeatureProfile("Recency (days)", 23, 151));
        PersonaCardViewModel.FeatureLine high = PersonaCardViewModel.line(new FeatureProfile("Monetary (total spend)", 1234.5, 456));
        PersonaCardViewModel.FeatureLine typical = PersonaCardViewModel.line(new FeatureProfile("Frequency (orders)", 3.1, 3.0));

        assertEquals(new PersonaCardViewModel.FeatureLine("Recency (days)", "23 vs 151", "▼ 0.15×", PersonaCardViewModel.Trend.BELOW), low);
        assertEquals(new PersonaCardViewModel.FeatureLine("Monetary (total spend)", "1,235 vs 456", "▲ 2.7×", PersonaCardViewModel.Trend.ABOVE), high);
        assertEquals(PersonaCardViewModel.Trend.TYPICAL, typical.trend());
        assertEquals("3.1 vs 3.0", typical.comparison());
    }
}
