package io.personae.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.ColumnQuality;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QualityViewModelTest {

    @RegisterExtension
    final ProjectFixture workspace = new ProjectFixture();

    private final FakeDialogService dialogs = new FakeDialogService();

    @Test
    void givenNoImportYet_whenShown_thenTheUserIsToldTheReportComesWithAnImport() {
        QualityViewModel quality = new QualityViewModel(workspace.session(), new DirectTaskRunner(), dialogs);

        quality.show();

        assertFalse(quality.showingProperty().get());
        assertEquals(QualityViewModel.MENU_TEXT + ": " + QualityViewModel.NO_REPORT, dialogs.informations().getFirst());
    }

    @Test
    void givenAnImportWithARowWithoutIdAndARepeatedRow_whenShown_thenTheReportListsThemWithTheirLines() throws Exception {
        Path file = workspace.writeFile("orders.csv", """
                Customer ID,Email,Order Date,Amount
                C1,ann@example.com,2025-01-05,120.00
                C2,not-an-email,2025-01-06,150.00
                ,x@example.com,2025-01-07,10.00
                C1,ann@example.com,2025-01-05,120.00
                C3,cat@example.com,2025-02-01,15.00
                """);
        ImportViewModel importing = new ImportViewModel(workspace.session(), new DirectTaskRunner(), dialogs, workspace.projects());
        importing.load(file);
        importing.importNow();
        String notice = workspace.session().noticeProperty().get();
        assertTrue(notice.endsWith(ImportViewModel.QUALITY_HINT), notice);
        QualityViewModel quality = new QualityViewModel(workspace.session(), new DirectTaskRunner(), dialogs);
        assertTrue(quality.availableProperty().get());

        quality.show();

        assertTrue(quality.showingProperty().get());
        assertEquals(QualityViewModel.MENU_TEXT + " — orders.csv", quality.titleProperty().get());
        assertTrue(quality.figuresProperty().get().startsWith("5 rows read, 1 rejected, 1 duplicate rows"), quality.figuresProperty().get());
        assertTrue(quality.rejections().contains("Line 4: there is no customer id"), quality.rejections().toString());
        ColumnQuality email = quality.columns().stream().filter(c -> c.name().equals("Email")).findFirst().orElseThrow();
        assertEquals(1, email.invalidEmails());
        assertEquals(4, quality.columns().size());
    }
}
