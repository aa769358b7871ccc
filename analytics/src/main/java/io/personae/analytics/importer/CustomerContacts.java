package io.personae.analytics.importer;

import java.util.Arrays;

/// The contact details (email, first and last name) of each customer of an order file, by the
/// number [TransactionImport] gives the customer: those of its last row that had some.
///
/// decision: a customer's rows mostly repeat the same details, so they are compared by a
/// fingerprint of their cells' bytes first (nothing is decoded) and a `Contact` is made only
/// when they differ.
final class CustomerContacts {

    private final MappedColumns columns;
    private final TableReader reader;
    private final RowCell cell;
    private final int[] contactColumns;
    /// per customer number: the contact details of its last row that had some, and the
    /// fingerprint of the cells they were read from
    private Contact[] contacts = new Contact[1024];
    private long[] prints = new long[1024];

    CustomerContacts(MappedColumns columns, TableReader reader) {
        this.columns = columns;
        this.reader = reader;
        this.cell = new RowCell(reader);
        this.contactColumns = new int[] {columns.email(), columns.firstName(), columns.lastName()};
    }

    /// Keeps the reader's current row's contact details as customer `customer`'s, when it has some.
    void read(int customer) {
        if (customer >= contacts.length) {
            int capacity = Math.max(contacts.length * 2, customer + 1);
            contacts = Arrays.copyOf(contacts, capacity);
            prints = Arrays.copyOf(prints, capacity);
        }
        long print = print();
        if (contacts[customer] != null && prints[customer] == print) {
            return;
        }
        Contact contact = columns.contact(reader);
        if (contact != Contact.NONE) {
            contacts[customer] = contact;
            prints[customer] = print;
        }
    }

    /// The contact details of each customer number of `customerIndex`: the numbers given while
    /// reading or, when rows were dropped (`kept`), the numbers the kept rows were given again;
    /// `numberRead[kept[r]]` is the number row `kept[r]` had while reading.
    ///
    /// decision: by number, as [#read] keeps them, so the per-customer step looks no id up
    Contact[] byNumber(int[] customerIndex, int[] kept, int[] numberRead, int customerCount) {
        if (kept == null) {
            return Arrays.copyOf(contacts, customerCount);
        }
        Contact[] out = new Contact[customerCount];
        for (int r = 0; r < kept.length; r++) {
            int read = numberRead[kept[r]];
            if (read < contacts.length) {
                out[customerIndex[r]] = contacts[read];
            }
        }
        return out;
    }

    private long print() {
        long print = 0x2545F4914F6CDD1DL;
        for (int column : contactColumns) {
            long cellPrint = column < 0 ? 0 : cell.at(column).changeFingerprint();
            print = (print ^ cellPrint) * 0x9E3779B97F4A7C15L;
            print ^= print >>> 29;
        }
        return print;
    }
}
