package io.personae.analytics.importer;

/// Four orders of three customers, as the tests of numbered transactions use them: customer
/// `b` orders twice (rows 0 and 2), then `a` and `c` once; `b` is number 0, `a` 1, `c` 2.
final class FourOrders {

    static final String[] IDS = {"b", "a", "b", "c"};
    static final int[] DAYS = {1, 2, 3, 4};
    static final double[] AMOUNTS = {1, 2, 3, 4};
    static final int[] NUMBERS = {0, 1, 0, 2};
    static final Contact ANNA = new Contact("anna@example.com", "Anna", "A");
    static final Contact CARL = new Contact("carl@example.com", "Carl", "C");

    private FourOrders() {
    }
}
