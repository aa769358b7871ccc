package io.personae.samples;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/// Invents customers' names and email addresses that look real but belong to nobody.
///
/// A few names carry accents and letters outside ASCII, so imports and exports are tried on
/// them; a few customers have no email, as in every real shop export.
final class People {

    /// A made-up customer's contact details; `email` is empty when the customer gave none.
    record Person(String firstName, String lastName, String email) {}

    private static final List<String> FIRST_NAMES = List.of(
            "Olivia", "Emma", "Amelia", "Isla", "Ava", "Mia", "Sophie", "Grace", "Lily", "Hannah",
            "Lea", "Marie", "Laura", "Julia", "Sara", "Anna", "Clara", "Ella", "Freya", "Ingrid",
            "Zoë", "Chloé", "Léa", "Inès", "Maja", "Astrid", "Lucía", "Giulia", "Aoife", "Noémie",
            "Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Arthur", "Thomas", "James", "William",
            "Lukas", "Felix", "Jonas", "Paul", "Max", "Elias", "Finn", "Lars", "Erik", "Mathis",
            "Søren", "Björn", "José", "François", "Jérôme", "Andrés", "Niccolò", "Seán", "Mikkel", "Daan");

    private static final List<String> LAST_NAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Walker",
            "Wright", "Thompson", "Roberts", "Hughes", "Green", "Clarke", "Murphy", "Kelly", "Walsh", "Byrne",
            "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Wolf",
            "Müller", "Schröder", "Jørgensen", "Nielsen", "Hansen", "Pedersen", "Andersson", "Lindqvist", "Ström",
            "Dubois", "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "García", "Fernández", "López", "Martínez",
            "Rossi", "Russo", "Bianchi", "Romano", "De Vries", "Jansen", "Bakker", "Visser", "Peeters", "O'Brien",
            "Nowak");

    /// RFC 2606 reserved domains: no address here can reach a real person.
    private static final List<String> DOMAINS = List.of(
            "example.com", "example.org", "example.net", "mail.example.com", "post.example.org");

    private final Random random;
    private final Set<String> usedEmails = new HashSet<>();

    People(Random random) {
        this.random = random;
    }

    /// A new person; `withoutEmailShare` of people, at random, give no email.
    Person next(double withoutEmailShare) {
        return named(pick(FIRST_NAMES), pick(LAST_NAMES), withoutEmailShare);
    }

    /// A person with the given name and a fresh, unique email (or none).
    Person named(String firstName, String lastName, double withoutEmailShare) {
        String email = random.nextDouble() < withoutEmailShare ? "" : uniqueEmail(firstName, lastName);
        return new Person(firstName, lastName, email);
    }

    private String uniqueEmail(String firstName, String lastName) {
        String first = ascii(firstName);
        String last = ascii(lastName);
        String local = switch (random.nextInt(5)) {
            case 0 -> first + "." + last;
            case 1 -> first + last;
            case 2 -> first.charAt(0) + "." + last;
            case 3 -> first + "_" + last + String.format(Locale.ROOT, "%02d", (70 + random.nextInt(35)) % 100);
            default -> first + "." + last + (1 + random.nextInt(99));
        };
        String domain = pick(DOMAINS);
        String email = local + "@" + domain;
        for (int n = 2; !usedEmails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    /// Folds a name to the letters an email address can carry: "Søren" -> "soren".
    static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return folded.isEmpty() ? "customer" : folded;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
