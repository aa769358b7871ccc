package io.personae.analytics.exporter;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Country names as ISO 3166 two-letter codes, which Mailchimp's country field requires.
///
/// decision: the JDK's own list (`Locale.getISOCountries` with English names), so no table to
/// keep up to date, plus three-letter codes and the few everyday names the JDK words otherwise
/// (USA, UK, England, EIRE as in the UCI Online Retail data...). Anything else is unknown and
/// left blank rather than guessed.
final class CountryCodes {

    private static final Map<String, String> CODES = build();

    private CountryCodes() {}

    /// The code of `country` (a name, a two- or three-letter code), ignoring case, accents kept.
    static Optional<String> iso2(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES.get(key(country)));
    }

    private static Map<String, String> build() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            codes.put(key(code), code);
            codes.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                codes.put(key(country.getISO3Country()), code);
            } catch (java.util.MissingResourceException e) {
                // decision: a code without a three-letter form still maps by name and two letters
            }
        }
        String[][] aliases = {
            {"USA", "US"}, {"United States of America", "US"}, {"America", "US"}, {"UK", "GB"},
            {"Great Britain", "GB"}, {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"},
            {"Northern Ireland", "GB"}, {"EIRE", "IE"}, {"Republic of Ireland", "IE"}, {"RSA", "ZA"},
            {"Holland", "NL"}, {"The Netherlands", "NL"}, {"Czech Republic", "CZ"}, {"Russian Federation", "RU"},
            {"Korea", "KR"}, {"Republic of Korea", "KR"}, {"Ivory Coast", "CI"}, {"Turkey", "TR"},
            {"Türkiye", "TR"}, {"UAE", "AE"}, {"Vatican", "VA"}, {"Macedonia", "MK"}, {"Swaziland", "SZ"},
        };
        for (String[] alias : aliases) {
            codes.put(key(alias[0]), alias[1]);
        }
        return Map.copyOf(codes);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
