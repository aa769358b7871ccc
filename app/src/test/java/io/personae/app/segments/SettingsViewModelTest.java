package io.personae.app.segments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.segmentation.FeatureChoice;
import io.personae.analytics.segmentation.Method;
import io.personae.analytics.segmentation.MissingValues;
import io.personae.analytics.segmentation.RfmCutPoints;
import io.personae.analytics.segmentation.Scaling;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SettingsViewModelTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private SettingsViewModel settings;

    @BeforeEach
    void importOrders() throws Exception {
        workspace.importOrders();
        workspace.show();
        settings = new SettingsViewModel(workspace.session(), new DirectTaskRunner());
        settings.load(workspace.session().snapshot().customers(), SegmentationOptions.withK(3));
    }

    @Test
    void givenTheDefaults_whenBuilt_thenEveryFeatureAutomaticIsStoredAsTheDefaultFeatureList() {
        SegmentationOptions options = settings.options(4);

        assertEquals(SegmentationOptions.withK(4), options);
        assertEquals(workspace.project().customers().orElseThrow().featureNames().size(), settings.features().size());
    }

    @Test
    void givenAFeatureLeftOutAndAnotherScaledByRank_whenBuilt_thenTheChoicesAreExplicit() {
        settings.features().get(0).included().set(false);
        settings.features().get(1).scaling().set(Scaling.RANK);
        settings.missingProperty().set(MissingValues.DROP);
        settings.methodProperty().set(Method.WARD);

        SegmentationOptions options = settings.options(3);

        assertEquals(Method.WARD, options.method());
        assertEquals(MissingValues.DROP, options.missing());
        assertEquals(settings.features().size() - 1, options.features().size());
        assertEquals(new FeatureChoice(settings.features().get(1).feature(), Scaling.RANK), options.features().getFirst());
        assertEquals(3, options.k());
    }

    @Test
    void givenNothingToSegmentOn_whenBuilt_thenTheFormSaysSoAndNoOptionsAreMade() {
        settings.features().forEach(row -> row.included().set(false));

        assertThrows(IllegalArgumentException.class, () -> settings.options(3));
        assertEquals("Choose at least one feature or category to segment on.", settings.validationProperty().get());
    }

    @Test
    void givenRfmChosen_whenTheGridIsEmpty_thenItIsPrefilledWithTheDataQuintilesAndRunsOnThem() throws Exception {
        settings.methodProperty().set(Method.RFM);

        RfmCutPoints quintiles = workspace.project().rfmQuintiles();
        assertEquals(CutPointText.format(quintiles.monetary()[3]), settings.cutPointProperty(2, 3).get());
        SegmentationOptions options = settings.options(5);
        assertEquals(Method.RFM, options.method());
        assertNull(options.rfmCutPoints(), "untouched quintiles stay the data's quintiles");
        assertTrue(settings.rfmProperty().get());
    }

    @Test
    void givenCutPointsTyped_whenBuilt_thenTheyAreUsedAsTyped() {
        settings.methodProperty().set(Method.RFM);
        String[][] typed = {{"30", "60", "90", "180"}, {"1", "2", "3", "5"}, {"50", "100", "200", "1,000.5"}};
        for (int m = 0; m < 3; m++) {
            for (int c = 0; c < 4; c++) {
                settings.cutPointProperty(m, c).set(typed[m][c]);
            }
        }

        RfmCutPoints cuts = settings.options(5).rfmCutPoints();

        assertArrayEquals(new double[] {30, 60, 90, 180}, cuts.recency());
        assertArrayEquals(new double[] {50, 100, 200, 1000.5}, cuts.monetary());
    }

    @Test
    void givenCutPointsGoingDown_whenBuilt_thenTheMessageNamesTheRowAndTheValues() {
        settings.methodProperty().set(Method.RFM);
        settings.cutPointProperty(1, 2).set("9");
        settings.cutPointProperty(1, 3).set("4");

        assertThrows(IllegalArgumentException.class, () -> settings.options(5));
        assertEquals("Frequency (orders): the cut points must go up from left to right, but 4 comes after 9.",
                settings.validationProperty().get());
    }

    @Test
    void givenACutPointThatIsNotANumber_whenBuilt_thenTheMessageSaysWhichAndClearsOnEditing() {
        settings.methodProperty().set(Method.RFM);
        settings.cutPointProperty(0, 1).set("soon");

        assertThrows(IllegalArgumentException.class, () -> settings.options(5));
        assertTrue(settings.validationProperty().get().startsWith("Recency (days): cut point 2 \"soon\" is not a number."),
                settings.validationProperty().get());

        settings.cutPointProperty(0, 1).set("40");
        assertEquals("", settings.validationProperty().get());
    }
}
