package io.personae.analytics.exporter;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/// How the customers of each segment are shared out between test variants and a holdout group
/// that gets no mail, in whole percent.
///
/// decision: two shares are variants A and B with no holdout; three or four shares are variants
/// (A, B and C) and then the holdout, always last, so `45,45,10` reads "A 45%, B 45%, holdout 10%"
/// and `30,30,30,10` adds a C. A holdout of 0 is allowed (`50,50,0`); a variant of 0 is not,
/// since an empty variant tests nothing.
///
/// @param shares whole percent per group, in [#groups()] order, adding up to 100
public record GroupSplit(List<Integer> shares) {

    /// The value of the `Variant` column for the holdout.
    public static final String HOLDOUT = "Holdout";
    private static final String[] VARIANTS = {"A", "B", "C"};

    public GroupSplit {
        shares = List.copyOf(shares);
        if (shares.size() < 2 || shares.size() > 4) {
            throw new IllegalArgumentException("Give two shares (A,B), three (A,B,holdout) or four (A,B,C,holdout),"
                    + " for example 45,45,10.");
        }
        int total = 0;
        for (int i = 0; i < shares.size(); i++) {
            int share = shares.get(i);
            boolean holdout = shares.size() > 2 && i == shares.size() - 1;
            if (share < 0 || share == 0 && !holdout) {
                throw new IllegalArgumentException("Each variant needs a share above 0% (the holdout may be 0%); got "
                        + text(shares) + ".");
            }
            total += share;
        }
        if (total != 100) {
            throw new IllegalArgumentException("The shares " + text(shares) + " add up to " + total
                    + "%; they must add up to 100.");
        }
    }

    /// Parses "45,45,10" (spaces and a trailing `%` allowed).
    ///
    /// @throws IllegalArgumentException saying what is wrong with the text
    public static GroupSplit parse(String text) {
        List<Integer> shares = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String number = part.strip();
            if (number.endsWith("%")) {
                number = number.substring(0, number.length() - 1).strip();
            }
            try {
                shares.add(Integer.parseInt(number));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a list of whole percentages such as 45,45,10.", e);
            }
        }
        return new GroupSplit(shares);
    }

    /// The group names in share order: "A", "B"(, "C")(, "Holdout").
    public List<String> groups() {
        List<String> groups = new ArrayList<>();
        int variants = variants();
        for (int i = 0; i < variants; i++) {
            groups.add(VARIANTS[i]);
        }
        if (hasHoldout()) {
            groups.add(HOLDOUT);
        }
        return groups;
    }

    /// How many variants get mail.
    public int variants() {
        return shares.size() == 2 ? 2 : shares.size() - 1;
    }

    /// Whether the last share is a holdout (even one of 0%).
    public boolean hasHoldout() {
        return shares.size() > 2;
    }

    /// "45,45,10", as typed on the command line and stored in the history.
    public String text() {
        return text(shares);
    }

    private static String text(List<Integer> shares) {
        return shares.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
