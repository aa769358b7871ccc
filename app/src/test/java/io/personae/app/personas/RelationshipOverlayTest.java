package io.personae.app.personas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.progress.ProgressMonitor;
import io.personae.analytics.project.Project;
import io.personae.analytics.segmentation.SegmentationOptions;
import io.personae.app.common.DirectTaskRunner;
import io.personae.app.common.FakeDialogService;
import io.personae.app.common.Formats;
import io.personae.app.common.Session;
import io.personae.app.common.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The relationship overlay beside the personas: on the board's cards and in the compare view
/// when the data has an order history, nowhere without one.
class RelationshipOverlayTest {

    @TempDir
    Path folder;

    /// Two regulars who ordered four times over 300 days (relational) and two one-off buyers.
    private Path orders() throws Exception {
        return Files.writeString(folder.resolve("orders.csv"), """
                Order ID,Customer ID,Order Date,Order Total
                1,R1,2024-03-01,100
                2,R1,2024-06-01,110
                3,R1,2024-09-01,120
                4,R1,2024-12-26,130
                5,R2,2024-03-02,105
                6,R2,2024-06-02,115
                7,R2,2024-09-02,125
                8,R2,2024-12-27,135
                9,O1,2024-05-01,20
                10,O2,2024-05-02,22
                """);
    }

    @Test
    void givenRegularsAndOneOffBuyers_whenTheBoardIsShown_thenEachCardSaysItsShareOfRelationalCustomers() throws Exception {
        try (Project project = Project.open(folder.resolve("orders.mv.db"))) {
            project.importFile(orders(), new ImportOptions(DataKind.TRANSACTIONS, "Customer ID", null, null, null, "Order Date",
                    "Order Total", List.of()), ProgressMonitor.NONE);
            project.segment(SegmentationOptions.withK(2), ProgressMonitor.NONE);
            Session session = new Session();
            PersonasViewModel viewModel = new PersonasViewModel(session, new DirectTaskRunner(), new FakeDialogService());
            session.show(project);
            viewModel.activeProperty().set(true);

            String base = " (all: " + Formats.percent(0.5) + ")";
            Set<String> lines = viewModel.cards().stream().map(BoardCardViewModel::relationship).collect(Collectors.toSet());
            assertEquals(Set.of("Relational: " + Formats.percent(1) + " of its customers" + base,
                    "Relational: " + Formats.percent(0) + " of its customers" + base), lines);
            assertEquals("Relational: 3+ orders and 180+ days between first and latest order. The others are transactional.",
                    viewModel.cards().getFirst().relationshipRule());
            assertTrue(viewModel.compare().rows().stream().anyMatch(row -> row.label().equals("Relationship")));
        }
    }

    @Test
    void givenCustomerLevelData_whenTheBoardIsShown_thenNoCardOrComparisonMentionsRelationships() throws Exception {
        try (Project project = Project.open(folder.resolve("customers.mv.db"))) {
            project.importFile(TestData.customers(folder), TestData.CUSTOMER_ROLES, ProgressMonitor.NONE);
            project.segment(SegmentationOptions.withK(3), ProgressMonitor.NONE);
            Session session = new Session();
            PersonasViewModel viewModel = new PersonasViewModel(session, new DirectTaskRunner(), new FakeDialogService());
            session.show(project);
            viewModel.activeProperty().set(true);

            assertTrue(viewModel.cards().stream().allMatch(card -> card.relationship().isEmpty()));
            assertTrue(viewModel.compare().rows().stream().noneMatch(row -> row.label().equals("Relationship")));
        }
    }
}
