package io.personae.analytics.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/// Proposes a column mapping for a previewed file, for the user to confirm or correct.
///
/// Names decide first (in English and a few German, French and Spanish spellings, ignoring
/// case, spaces and punctuation), the values second: a date or amount column must mostly hold
/// dates or numbers. Columns left over that hold a few repeated values (country, gender, yes/no)
/// are proposed as categories by [CategoryGuesser]. Give it a preview of several hundred rows: whether customer ids repeat
/// (one row per order) is the main sign of a transactions file.
public final class RoleGuesser {

    static final double MOSTLY = 0.8;
    /// previewed values needed before two distinct values mark a flag or a code (yes/no, 1/2)
    static final int ROWS_TO_TELL_A_FLAG = 10;

    private static final List<String> ID_NAMES = List.of(
            "customerid", "custid", "customerno", "customernumber", "customernr", "customerkey", "customercode",
            "clientid", "clientno", "clientnumber", "kundennummer", "kundenid", "kundennr", "idclient", "numeroclient",
            "clienteid", "idcliente", "memberid", "userid", "accountid", "buyerid", "shopperid",
            "customer", "client", "kunde", "cliente", "id");
    private static final List<String> ID_PARTS = List.of("customerid", "clientid", "kundennummer", "kundenid", "custid");
    private static final List<String> EMAIL_NAMES = List.of(
            "email", "emailaddress", "mail", "emailadresse", "mailadresse", "correo", "correoelectronico", "courriel", "adresseemail");
    private static final List<String> EMAIL_PARTS = List.of("email");
    private static final List<String> FIRST_NAMES = List.of("firstname", "first", "givenname", "forename", "vorname", "prenom", "nombre");
    private static final List<String> FIRST_PARTS = List.of("firstname", "givenname", "vorname", "prenom");
    private static final List<String> LAST_NAMES = List.of("lastname", "last", "surname", "familyname", "nachname", "nom", "apellido", "apellidos");
    private static final List<String> LAST_PARTS = List.of("lastname", "surname", "familyname", "nachname");
    private static final List<String> DATE_NAMES = List.of(
            "orderdate", "invoicedate", "transdate", "transactiondate", "purchasedate", "saledate", "orderedat", "date",
            "datum", "bestelldatum", "rechnungsdatum", "kaufdatum", "fecha", "fechapedido", "datecommande", "datedecommande",
            "timestamp", "createdat", "day");
    private static final List<String> DATE_PARTS = List.of("date", "datum", "fecha");
    private static final List<String> AMOUNT_NAMES = List.of(
            "amount", "tranamount", "transactionamount", "orderamount", "ordertotal", "totalamount", "total", "ordervalue",
            "revenue", "sales", "sale", "value", "spend", "price", "unitprice", "betrag", "umsatz", "gesamtbetrag", "preis",
            "montant", "prix", "importe", "precio", "monto", "sum");
    private static final List<String> AMOUNT_PARTS = List.of("amount", "total", "revenue", "betrag", "price");
    private static final List<String> QUANTITY_NAMES = List.of("quantity", "qty", "units", "menge", "stuck", "stueck", "cantidad", "quantite", "pieces");
    private static final List<String> UNIT_PRICE_NAMES = List.of("unitprice", "price", "preis", "einzelpreis", "prix", "prixunitaire", "precio", "preciounitario");
    private static final List<String> INVOICE_NAMES = List.of("invoice", "invoiceno", "invoicenumber", "invoiceid", "rechnung", "rechnungsnummer", "factura", "facture", "receipt", "orderid", "orderno", "ordernumber");
    /// numeric columns that are codes, not quantities
    private static final List<String> NOT_FEATURES = List.of("gender", "sex", "geschlecht", "zip", "postcode", "postalcode", "plz", "phone", "telefon");

    private RoleGuesser() {
    }

    /// A mapping for the previewed file, or empty when no customer key or nothing to segment on
    /// can be found.
    public static Optional<ImportOptions> guess(TablePreview preview) {
        return guess(preview, Map.of());
    }

    /// A mapping for a preview read with the user's column types (see
    /// [TableReaders#preview(java.nio.file.Path, int, FileFormat, Map)]), which the guess
    /// respects: a column typed as text or a category is never taken for a number or a date,
    /// one typed as a number or a date is taken for nothing else, and the result has the types.
    public static Optional<ImportOptions> guess(TablePreview preview, Map<String, ColumnType> types) {
        List<ColumnProfile> columns = new ArrayList<>();
        for (int c = 0; c < preview.headers().size(); c++) {
            ColumnProfile profile = ColumnProfile.of(preview, c);
            columns.add(typed(profile, types.entrySet().stream().filter(t -> t.getKey().equalsIgnoreCase(profile.name()))
                    .map(Map.Entry::getValue).findFirst().orElse(null)));
        }
        try {
            return guessed(columns).map(options -> options.withColumnTypes(types));
        } catch (IllegalArgumentException e) {
            // decision: a type that rules out the guessed id (an ignored id column) leaves the
            // choice to the user rather than failing the preview
            return Optional.empty();
        }
    }

    /// The profile as the user's type makes it look: values that cannot be of the type do not count.
    private static ColumnProfile typed(ColumnProfile p, ColumnType type) {
        if (type == null) {
            return p;
        }
        double numbers = type.numeric() ? p.numberShare() : 0;
        double dates = type.date() ? Math.max(p.dateShare(), MOSTLY) : 0;
        return new ColumnProfile(p.name(), p.key(), p.filled(), p.distinct(), numbers, dates, type == ColumnType.TEXT ? p.emailShare() : 0,
                type.numeric() && p.decimals());
    }

    private static Optional<ImportOptions> guessed(List<ColumnProfile> columns) {
        ColumnProfile date = byName(columns, DATE_NAMES, DATE_PARTS, p -> p.dateShare() >= MOSTLY);
        ColumnProfile amount = byName(columns, AMOUNT_NAMES, AMOUNT_PARTS, p -> p.numberShare() >= MOSTLY);
        ColumnProfile quantity = byName(columns, QUANTITY_NAMES, List.of("quantity"), p -> p.numberShare() >= MOSTLY);
        ColumnProfile unitPrice = byName(columns, UNIT_PRICE_NAMES, List.of("price"), p -> p.numberShare() >= MOSTLY);
        ColumnProfile invoice = byName(columns, INVOICE_NAMES, List.of("invoice"), p -> p.filled() > 0);
        // decision: a price next to a quantity is a unit price: the line's amount is their product
        boolean lines = quantity != null && unitPrice != null && quantity != unitPrice
                && (amount == null || amount == unitPrice);
        if (lines) {
            amount = null;
        }
        boolean generated = columns.stream().allMatch(p -> p.name().startsWith("Column "));
        if (generated && date == null) {
            // no header row: the values alone tell the date and the amount (a number with decimals)
            date = columns.stream().filter(p -> p.dateShare() >= MOSTLY).findFirst().orElse(null);
        }
        if (generated && amount == null && !lines) {
            ColumnProfile found = date;
            amount = columns.stream().filter(p -> p != found && p.numberShare() >= MOSTLY && p.decimals())
                    .reduce((a, b) -> b).orElse(null);
        }
        ColumnProfile email = byName(columns, EMAIL_NAMES, EMAIL_PARTS, p -> true);
        if (email == null) {
            email = columns.stream().filter(p -> p.emailShare() >= MOSTLY).findFirst().orElse(null);
        }
        ColumnProfile first = byName(columns, FIRST_NAMES, FIRST_PARTS, p -> true);
        ColumnProfile last = byName(columns, LAST_NAMES, LAST_PARTS, p -> true);
        ColumnProfile id = byName(columns, ID_NAMES, ID_PARTS, p -> p.filled() > 0);
        boolean ordersShape = date != null && (amount != null || lines);
        if (id == null && generated && ordersShape) {
            ColumnProfile found = date;
            ColumnProfile money = amount;
            id = columns.stream().filter(p -> p != found && p != money && p.repeats() && !p.decimals()).findFirst().orElse(null);
        }
        if (id == null) {
            id = ordersShape && email != null && email.repeats()
                    ? email
                    : columns.stream().filter(ColumnProfile::unique).findFirst().orElse(email);
        }
        if (id == null) {
            return Optional.empty();
        }
        Set<ColumnProfile> roles = new HashSet<>();
        for (ColumnProfile role : new ColumnProfile[] {id, email, first, last, date}) {
            if (role != null) {
                roles.add(role);
            }
        }
        List<String> features = columns.stream()
                .filter(p -> !roles.contains(p) && isFeature(p))
                .map(ColumnProfile::name)
                .toList();
        // decision: with a date and an amount, repeating ids mean orders; a file that has them but
        // no repeats in the preview is still orders unless it has other numbers to segment on
        String amountName = name(amount);
        long otherNumbers = features.stream().filter(f -> amountName == null || !f.equals(amountName)).count();
        if (ordersShape && (id.repeats() || otherNumbers < 2 || lines)) {
            for (ColumnProfile role : new ColumnProfile[] {amount, quantity, unitPrice, invoice}) {
                if (role != null) {
                    roles.add(role);
                }
            }
            return Optional.of(new ImportOptions(DataKind.TRANSACTIONS, id.name(), name(email), name(first), name(last),
                    date.name(), name(amount), List.of(), CategoryGuesser.guess(columns, roles), lines ? quantity.name() : null,
                    lines ? unitPrice.name() : null, lines ? name(invoice) : null, Cancellations.NET, FileFormat.AUTO, Cleaning.DEFAULTS));
        }
        if (features.isEmpty()) {
            return Optional.empty();
        }
        columns.stream().filter(p -> features.contains(p.name())).forEach(roles::add);
        return Optional.of(new ImportOptions(DataKind.CUSTOMERS, id.name(), name(email), name(first), name(last), null, null, features,
                CategoryGuesser.guess(columns, roles)));
    }

    private static boolean isFeature(ColumnProfile column) {
        String key = column.key();
        boolean code = key.endsWith("id") || NOT_FEATURES.stream().anyMatch(key::contains);
        // decision: constants and two-valued flags are left out: k-means distances on them
        // split customers by the flag rather than by behaviour
        boolean flag = column.distinct() <= 1 && column.filled() > 1
                || column.distinct() <= 2 && column.filled() >= ROWS_TO_TELL_A_FLAG;
        return !code && !flag && column.filled() > 0 && column.numberShare() >= MOSTLY && column.dateShare() < MOSTLY;
    }

    /// The column whose name comes first in `names` (exact match), else first in `parts`
    /// (contained in the name), among those passing `fits`.
    private static ColumnProfile byName(List<ColumnProfile> columns, List<String> names, List<String> parts,
            Predicate<ColumnProfile> fits) {
        ColumnProfile best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ColumnProfile column : columns) {
            int rank = names.indexOf(column.key());
            if (rank < 0) {
                for (int p = 0; p < parts.size() && rank < 0; p++) {
                    rank = column.key().contains(parts.get(p)) ? names.size() + p : -1;
                }
            }
            if (rank >= 0 && rank < bestRank && fits.test(column)) {
                best = column;
                bestRank = rank;
            }
        }
        return best;
    }

    private static String name(ColumnProfile column) {
        return column == null ? null : column.name();
    }
}
