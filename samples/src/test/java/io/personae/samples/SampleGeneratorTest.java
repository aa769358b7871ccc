package io.personae.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

    /// Surefire runs tests in the module folder, which holds the committed `data`.
    private static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "data");

    @TempDir
    Path folder;

    @Test
    void givenTheSeed_whenOrdersAreRegenerated_thenTheBytesMatchTheCommittedFile() throws IOException {
        Path generated = SampleGenerator.writeOrders(folder);

        assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(ShopOrders.FILE_NAME)), Files.readAllBytes(generated),
                "The committed CSV differs from what the generator writes: regenerate it (see samples/README.md)");
    }

    @Test
    void givenTheCommittedOrders_whenRead_thenHeaderRowsAndCustomersAreAsDocumented() throws IOException {
        List<String> lines = Files.readAllLines(COMMITTED.resolve(ShopOrders.FILE_NAME), StandardCharsets.UTF_8);

        assertEquals(ShopOrders.HEADER, lines.getFirst());
        int orders = lines.size() - 1;
        assertTrue(orders >= 40_000 && orders <= 60_000, "orders: " + orders);
        Set<String> customers = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            customers.add(line.split(",")[2]);
        }
        assertEquals(5_000, customers.size());
        assertTrue(Files.size(COMMITTED.resolve(ShopOrders.FILE_NAME)) < 5_000_000);
    }

    @Test
    void givenTheCommittedOrders_whenRead_thenFormulaLikeAndAccentedNamesAreThere() throws IOException {
        String text = Files.readString(COMMITTED.resolve(ShopOrders.FILE_NAME), StandardCharsets.UTF_8);

        assertTrue(text.contains(",@nna,"));
        assertTrue(text.contains(",+Plus,"));
        assertTrue(text.contains("Zoë") && text.contains("Müller") && text.contains("Søren"));
    }

    @Test
    void givenTheSeed_whenCustomersAreRegenerated_thenTheSheetHasTheHeaderAndNumericCells() throws IOException {
        Path generated = SampleGenerator.writeCustomers(folder);

        assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(ShopCustomers.FILE_NAME)), Files.readAllBytes(generated));
        try (InputStream in = Files.newInputStream(generated); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(ShopCustomers.SHEET, sheet.getSheetName());
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(ShopCustomers.HEADER, header);
            assertEquals(2_000, sheet.getLastRowNum());
            Row first = sheet.getRow(1);
            for (int c = 4; c < ShopCustomers.HEADER.size(); c++) {
                assertEquals(CellType.NUMERIC, first.getCell(c).getCellType(), ShopCustomers.HEADER.get(c));
            }
        }
    }

    @Test
    void givenAccentedNames_whenFoldedForEmail_thenOnlyAsciiLettersRemain() {
        assertEquals("soren", People.ascii("Søren"));
        assertEquals("zoe", People.ascii("Zoë"));
        assertEquals("obrien", People.ascii("O'Brien"));
        assertEquals("nna", People.ascii("@nna"));
    }
}
