package io.personae.samples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/// Writes `online-shop-orders.csv`: two years of a small online shop's orders, one row per
/// order, made by five hidden kinds of customer that segmentation should find again.
final class ShopOrders {

    static final String FILE_NAME = "online-shop-orders.csv";
    static final String HEADER = "Order ID,Order Date,Customer ID,Email,First Name,Last Name,Country,Order Total";
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 1);

    private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    private static final double WITHOUT_EMAIL_SHARE = 0.015;

    /// The hidden customer types. Days count from [#FIRST_DAY]; a type's customers start between
    /// `firstStart` and `lastStart`, order about every `meanGap` days until `stop` days before
    /// the end (a range for lapsed customers), and spend around `medianBasket` per order.
    private enum CustomerType {
        LOYAL_HIGH_SPENDER(500, 0, 120, 38, 0, 0, 160, 0.30),
        FREQUENT_SMALL_BASKET(700, 0, 200, 22, 0, 0, 24, 0.35),
        ONE_OFF_BARGAIN_HUNTER(1_800, 0, DAYS - 1, 0, 0, 0, 28, 0.40),
        LAPSED_REGULAR(1_000, 0, 90, 32, 250, 490, 70, 0.35),
        NEW_RECENT(1_000, DAYS - 90, DAYS - 15, 18, 0, 0, 55, 0.40);

        final int customers;
        final int firstStart;
        final int lastStart;
        final int meanGap;
        final int minStop;
        final int maxStop;
        final double medianBasket;
        final double basketSpread;

        CustomerType(int customers, int firstStart, int lastStart, int meanGap, int minStop, int maxStop,
                double medianBasket, double basketSpread) {
            this.customers = customers;
            this.firstStart = firstStart;
            this.lastStart = lastStart;
            this.meanGap = meanGap;
            this.minStop = minStop;
            this.maxStop = maxStop;
            this.medianBasket = medianBasket;
            this.basketSpread = basketSpread;
        }
    }

    private record Customer(String id, People.Person person, String country, CustomerType type) {}

    private record Order(int day, Customer customer, double total) {}

    private static final List<String> COUNTRIES = List.of(
            "United Kingdom", "United Kingdom", "United Kingdom", "United Kingdom", "United Kingdom", "United Kingdom",
            "Germany", "Germany", "Germany", "Germany", "France", "France", "France", "Netherlands", "Netherlands",
            "Denmark", "Sweden", "Spain", "Spain", "Italy", "Italy", "Ireland", "Belgium", "Austria");

    private ShopOrders() {}

    /// Writes the file; the same seed always gives the same bytes.
    static void write(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        List<Customer> customers = customers(random);
        List<Order> orders = new ArrayList<>();
        for (Customer customer : customers) {
            addOrders(customer, random, orders);
        }
        // decision: a stable sort by day keeps same-day orders in customer order, so the file
        // reads like a real export (oldest first) and stays byte-identical for a seed.
        orders.sort(Comparator.comparingInt(Order::day));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int orderId = 100_001;
            for (Order order : orders) {
                People.Person person = order.customer().person();
                out.write(String.join(",",
                        String.valueOf(orderId++),
                        FIRST_DAY.plusDays(order.day()).toString(),
                        order.customer().id(),
                        csv(person.email()),
                        csv(person.firstName()),
                        csv(person.lastName()),
                        csv(order.customer().country()),
                        String.format(Locale.ROOT, "%.2f", order.total())));
                out.write('\n');
            }
        }
    }

    private static List<Customer> customers(Random random) {
        List<CustomerType> types = new ArrayList<>();
        for (CustomerType type : CustomerType.values()) {
            types.addAll(Collections.nCopies(type.customers, type));
        }
        // decision: shuffle so customer ids say nothing about the hidden type.
        Collections.shuffle(types, random);
        People people = new People(random);
        List<Customer> customers = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            People.Person person = switch (i) {
                // two names a spreadsheet would read as formulas, for the exporter's guard
                case 7 -> people.named("@nna", "Fischer", 0);
                case 42 -> people.named("Peter", "+Plus", 0);
                default -> people.next(WITHOUT_EMAIL_SHARE);
            };
            String id = String.format(Locale.ROOT, "C%05d", 10_001 + i);
            customers.add(new Customer(id, person, COUNTRIES.get(random.nextInt(COUNTRIES.size())), types.get(i)));
        }
        return customers;
    }

    private static void addOrders(Customer customer, Random random, List<Order> orders) {
        CustomerType type = customer.type();
        int day = type.firstStart + random.nextInt(type.lastStart - type.firstStart + 1);
        if (type.meanGap == 0) {
            orders.add(new Order(day, customer, basket(type, random)));
            if (random.nextDouble() < 0.2) {
                int second = day + 1 + random.nextInt(60);
                if (second < DAYS) {
                    orders.add(new Order(second, customer, basket(type, random)));
                }
            }
            return;
        }
        int stop = type.maxStop == 0 ? 0 : type.minStop + random.nextInt(type.maxStop - type.minStop + 1);
        int lastDay = DAYS - 1 - stop;
        while (day <= lastDay) {
            orders.add(new Order(day, customer, basket(type, random)));
            day += Math.max(1, (int) Math.round(type.meanGap * (0.4 + 1.2 * random.nextDouble())));
        }
    }

    /// Log-normal order totals: most orders near the median, a few much larger.
    private static double basket(CustomerType type, Random random) {
        double total = type.medianBasket * Math.exp(type.basketSpread * random.nextGaussian());
        return Math.max(3.0, Math.round(total * 100) / 100.0);
    }

    /// RFC 4180 quoting. No name in the lists needs it today; it is here so that adding one with
    /// a comma cannot silently break the file.
    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
