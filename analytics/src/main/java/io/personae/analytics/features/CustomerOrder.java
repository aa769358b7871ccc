package io.personae.analytics.features;

import java.util.Arrays;

/// The order of the customer table's rows: by customer id, numerically when every id is a
/// number, otherwise lexicographically, so the order is the same on every run and machine.
///
/// decision: the customers are sorted as an `int[]` of their numbers by a merge sort of its own,
/// not as an `Integer[]` by a `Comparator`: no boxing, and one small method for the JIT to compile
/// on the first import of a session. The merge sort is stable, as `Arrays.sort` on objects is,
/// so two customers with equal ids keep the order of their numbers.
///
/// decision: ids out of order are first sorted by a `long` key each ([IdKeys], [KeySort]), which
/// orders them as [#compare(int, int)] does wherever keys differ; only customers with equal keys
/// are then merge sorted by the whole id, from the order of their numbers, which the key sort
/// kept. The result is the same as the merge sort of all of them.
final class CustomerOrder {

    private final String[] ids;
    /// the ids as numbers, or `null` when not every id is a number
    private final double[] numbers;

    private CustomerOrder(String[] ids) {
        this.ids = ids;
        this.numbers = numbers(ids);
    }

    /// The customer number of each table row, for the customers whose ids are `ids` by number.
    static int[] of(String[] ids) {
        return new CustomerOrder(ids).sorted();
    }

    private int[] sorted() {
        int size = ids.length;
        int[] order = new int[size];
        // decision: files are often listed by customer, so the numbering in order of first
        // appearance is often sorted already; a plain check of neighbours says so without the sort
        boolean inOrder = true;
        for (int from = 0; from < size; from += Blocks.SIZE) {
            inOrder &= numberedInOrder(order, from, Math.min(from + Blocks.SIZE, size));
        }
        return inOrder ? order : keySorted();
    }

    /// The customers sorted by [IdKeys] first, then by [#compare(int, int)] among equal keys.
    private int[] keySorted() {
        long[] keys = numbers != null ? IdKeys.ofNumbers(numbers) : IdKeys.ofText(ids);
        int[] order = KeySort.sorted(keys);
        for (int from = 0; from < order.length; from += Blocks.SIZE) {
            settleTies(order, keys, from, Math.min(from + Blocks.SIZE, order.length));
        }
        return order;
    }

    /// Merge sorts each run of customers with equal keys that starts at `from..to` (it may end
    /// beyond `to`).
    private void settleTies(int[] order, long[] keys, int from, int to) {
        int size = order.length;
        for (int i = from; i < to; i++) {
            long key = keys[order[i]];
            boolean starts = i == 0 || keys[order[i - 1]] != key;
            if (starts && i + 1 < size && keys[order[i + 1]] == key) {
                int end = i + 2;
                while (end < size && keys[order[end]] == key) {
                    end++;
                }
                int[] run = mergeSorted(Arrays.copyOfRange(order, i, end));
                System.arraycopy(run, 0, order, i, run.length);
            }
        }
    }

    /// Numbers `order[from..to)` as they are, and says whether those customers are in order.
    private boolean numberedInOrder(int[] order, int from, int to) {
        boolean inOrder = true;
        for (int i = from; i < to; i++) {
            order[i] = i;
            if (inOrder && i > 0) {
                inOrder = compare(i - 1, i) <= 0;
            }
        }
        return inOrder;
    }

    /// Bottom-up merge sort of `order`; two neighbouring runs already in order are copied as they are.
    private int[] mergeSorted(int[] order) {
        int size = order.length;
        int[] from = order;
        int[] to = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int low = 0; low < size; low += 2 * width) {
                int middle = Math.min(low + width, size);
                int high = Math.min(low + 2 * width, size);
                merge(from, to, low, middle, high);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private void merge(int[] from, int[] to, int low, int middle, int high) {
        if (middle == high || compare(from[middle - 1], from[middle]) <= 0) {
            System.arraycopy(from, low, to, low, high - low);
            return;
        }
        int left = low;
        int right = middle;
        for (int k = low; k < high; k++) {
            // on equal ids the left run's customer goes first, which keeps the sort stable
            if (left < middle && (right == high || compare(from[left], from[right]) <= 0)) {
                to[k] = from[left++];
            } else {
                to[k] = from[right++];
            }
        }
    }

    private int compare(int a, int b) {
        if (numbers != null) {
            int byNumber = Double.compare(numbers[a], numbers[b]);
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return ids[a].compareTo(ids[b]);
    }

    private static double[] numbers(String[] ids) {
        double[] numbers = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (!isPlainNumber(ids[i])) {
                return null;
            }
            numbers[i] = Double.parseDouble(ids[i].strip());
        }
        return numbers;
    }

    /// Digits with an optional sign and decimal part: what customer numbers look like. Stricter
    /// than `Double.parseDouble`, which would also take "NaN", "1e5" or "0x1p3".
    static boolean isPlainNumber(String text) {
        String s = text.strip();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
