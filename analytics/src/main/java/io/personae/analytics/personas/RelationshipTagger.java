package io.personae.analytics.personas;

import io.personae.analytics.features.CategoryColumn;
import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.features.TransactionFeatures;
import io.personae.analytics.segmentation.SegmentationResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/// Tags each customer relational or transactional from three signs in their orders:
///
/// - **repeat**: at least [#REPEAT_ORDERS] orders;
/// - **lasting**: at least [#LASTING_DAYS] days between their first and their latest order
///   (tenure minus recency);
/// - **personal channel**, only when the data has a category column named after "channel": their
///   usual channel is one where the shop knows them by name (store, phone, sales rep, account,
///   subscription, membership...), not an anonymous one (web, marketplace).
///
/// A customer is relational when at least two of the signs hold; without a channel column that
/// means both repeat and lasting. A customer missing frequency or tenure is left untagged.
///
/// decision: a vote of simple signs rather than a model: the overlay must be explainable in a
/// workshop in one sentence, and any one sign alone misleads (three orders in one week is a
/// burst, not a relationship; a store customer who came once is not a regular). Channel mix
/// per order is not kept after import, so the customer's usual channel stands for it.
public final class RelationshipTagger {

    /// Orders from which a customer counts as a repeat buyer.
    public static final int REPEAT_ORDERS = 3;
    /// Days between first and latest order from which buying counts as lasting.
    public static final int LASTING_DAYS = 180;
    /// Signs needed to count as relational.
    static final int SIGNS_NEEDED = 2;

    private static final List<String> PERSONAL_CHANNELS = List.of("store", "shop", "phone", "call", "sales", "rep",
            "agent", "account", "subscription", "member", "club", "loyalty", "branch", "person", "counter");
    private static final List<String> ANONYMOUS_CHANNELS = List.of("web", "online", "marketplace", "amazon", "ebay");

    private RelationshipTagger() {}

    /// The relationship overlay of `result`'s segments; empty when the table has no frequency
    /// and tenure (customer-level data without an order history).
    ///
    /// @throws IllegalArgumentException when the run was made from a table of another size
    public static Optional<Relationships> tag(CustomerTable table, SegmentationResult result) {
        PersonaProfiler.checkSameCustomers(table, result);
        OptionalInt frequencyColumn = ColumnRoles.feature(table, TransactionFeatures.FREQUENCY);
        OptionalInt tenureColumn = ColumnRoles.feature(table, TransactionFeatures.TENURE);
        if (frequencyColumn.isEmpty() || tenureColumn.isEmpty()) {
            return Optional.empty();
        }
        double[] frequency = table.column(frequencyColumn.getAsInt());
        double[] tenure = table.column(tenureColumn.getAsInt());
        OptionalInt recencyColumn = ColumnRoles.feature(table, TransactionFeatures.RECENCY);
        double[] recency = recencyColumn.isPresent() ? table.column(recencyColumn.getAsInt()) : null;
        Optional<CategoryColumn> channel = channelColumn(table);
        String[] channels = channel.map(CategoryColumn::values).orElse(null);

        int n = table.size();
        int k = result.k();
        byte[] tags = new byte[n];
        int[] relational = new int[k];
        int[] known = new int[k];
        int[] assignment = result.assignment();
        for (int i = 0; i < n; i++) {
            double orders = frequency[i];
            double span = recency == null ? tenure[i] : tenure[i] - recency[i];
            if (Double.isNaN(orders) || Double.isNaN(span)) {
                tags[i] = Relationships.UNKNOWN;
                continue;
            }
            int signs = (orders >= REPEAT_ORDERS ? 1 : 0) + (span >= LASTING_DAYS ? 1 : 0);
            if (channels != null && isPersonal(channels[i])) {
                signs++;
            }
            boolean yes = signs >= SIGNS_NEEDED;
            tags[i] = yes ? Relationships.RELATIONAL : Relationships.TRANSACTIONAL;
            int s = assignment[i];
            if (s >= 0) {
                known[s]++;
                if (yes) {
                    relational[s]++;
                }
            }
        }
        return Optional.of(new Relationships(tags, relational, known, channel.map(CategoryColumn::name).orElse(null)));
    }

    /// Whether a channel is one where the shop knows the customer by name; an unknown or
    /// anonymous one (web, marketplace) is not.
    static boolean isPersonal(String channel) {
        if (channel == null) {
            return false;
        }
        String lower = channel.toLowerCase(Locale.ROOT);
        return ANONYMOUS_CHANNELS.stream().noneMatch(lower::contains) && PERSONAL_CHANNELS.stream().anyMatch(lower::contains);
    }

    /// The first category column named after "channel".
    private static Optional<CategoryColumn> channelColumn(CustomerTable table) {
        return table.categories().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains("channel")).findFirst();
    }
}
