package io.personae.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/// Writes `shop-customers.xlsx`: one row per customer with numbers already summed up, as a
/// shop system's customer report gives them, made by four hidden groups.
final class ShopCustomers {

    static final String FILE_NAME = "shop-customers.xlsx";
    static final String SHEET = "Customers";
    static final List<String> HEADER = List.of("Customer ID", "Email", "First Name", "Last Name", "Age",
            "Annual Income", "Total Spend", "Orders", "Days Since Last Order");

    /// Fixed document dates, so regenerating does not change the file's properties.
    private static final Date CREATED = new Date(1_782_777_600_000L); // 2026-06-30T00:00:00Z
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 6, 30, 0, 0);

    /// The hidden groups: mean and spread of age, income, orders and basket, and the range of
    /// days since the last order.
    private enum Group {
        AFFLUENT_LOYALISTS(400, 46, 7, 95_000, 15_000, 28, 6, 95, 15, 0, 25),
        YOUNG_BARGAIN_HUNTERS(700, 26, 4, 32_000, 7_000, 9, 3, 22, 6, 5, 60),
        LAPSED_CUSTOMERS(500, 40, 12, 55_000, 15_000, 5, 2, 50, 12, 200, 500),
        CAUTIOUS_HIGH_EARNERS(400, 58, 7, 85_000, 15_000, 4, 2, 45, 10, 40, 120);

        final int customers;
        final double age;
        final double ageSpread;
        final double income;
        final double incomeSpread;
        final double orders;
        final double ordersSpread;
        final double basket;
        final double basketSpread;
        final int minDays;
        final int maxDays;

        Group(int customers, double age, double ageSpread, double income, double incomeSpread, double orders,
                double ordersSpread, double basket, double basketSpread, int minDays, int maxDays) {
            this.customers = customers;
            this.age = age;
            this.ageSpread = ageSpread;
            this.income = income;
            this.incomeSpread = incomeSpread;
            this.orders = orders;
            this.ordersSpread = ordersSpread;
            this.basket = basket;
            this.basketSpread = basketSpread;
            this.minDays = minDays;
            this.maxDays = maxDays;
        }
    }

    private ShopCustomers() {}

    static void write(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        List<Group> groups = new ArrayList<>();
        for (Group group : Group.values()) {
            groups.addAll(Collections.nCopies(group.customers, group));
        }
        Collections.shuffle(groups, random);
        People people = new People(random);
        // decision: the streaming workbook writes rows as plain XML, several times faster than XSSF's object model
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setModified(Optional.of(CREATED));
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int i = 0; i < groups.size(); i++) {
                writeCustomer(sheet.createRow(i + 1), i, groups.get(i), people.next(0.02), random);
            }
            sheet.createFreezePane(0, 1);
            Path raw = Files.createTempFile("shop-customers", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(raw)) {
                    workbook.write(out);
                }
                copyWithFixedTimes(raw, file);
            } finally {
                Files.deleteIfExists(raw);
            }
        }
    }

    /// Copies the workbook's zip entries with a fixed time. POI stamps each entry with the
    /// current time, which would change the committed file on every run for no reason.
    private static void copyWithFixedTimes(Path workbook, Path file) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // decision: a local date-time, not an instant, so the bytes do not depend on the time zone
                copy.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static void writeCustomer(Row row, int index, Group group, People.Person person, Random random) {
        int orders = (int) Math.max(1, Math.round(normal(random, group.orders, group.ordersSpread)));
        double basket = Math.max(5, normal(random, group.basket, group.basketSpread));
        row.createCell(0).setCellValue(String.format(Locale.ROOT, "S%04d", index + 1));
        row.createCell(1).setCellValue(person.email());
        row.createCell(2).setCellValue(person.firstName());
        row.createCell(3).setCellValue(person.lastName());
        row.createCell(4).setCellValue(clamp(Math.round(normal(random, group.age, group.ageSpread)), 18, 90));
        row.createCell(5).setCellValue(Math.max(8_000, Math.round(normal(random, group.income, group.incomeSpread) / 100) * 100));
        row.createCell(6).setCellValue(Math.round(orders * basket * 100) / 100.0);
        row.createCell(7).setCellValue(orders);
        row.createCell(8).setCellValue(group.minDays + random.nextInt(group.maxDays - group.minDays + 1));
    }

    private static double normal(Random random, double mean, double spread) {
        return mean + spread * random.nextGaussian();
    }

    private static long clamp(long value, long min, long max) {
        return Math.min(max, Math.max(min, value));
    }
}
