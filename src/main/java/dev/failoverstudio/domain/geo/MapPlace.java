package dev.failoverstudio.domain.geo;

import java.util.Objects;
import java.util.Optional;

/**
 * A place a client can be in on the world map: a country, keyed by the ISO alpha-2 code of the Route 53
 * country table (M1, plus XK), or a US state, keyed by country {@code US} and the USPS code Route 53 uses as
 * geolocation subdivision (M5, R100). US territories (PR, GU, VI…) are countries, as in Route 53.
 *
 * @param country the two-letter country code, upper case
 * @param subdivision the USPS state code, or null for a country
 */
public record MapPlace(String country, String subdivision) {

    public MapPlace {
        Objects.requireNonNull(country, "country");
        if (subdivision != null && !"US".equals(country)) {
            throw new IllegalArgumentException("only US states are subdivisions on the map: " + country + "-" + subdivision);
        }
    }

    public static MapPlace country(String code) {
        return new MapPlace(code, null);
    }

    public static MapPlace usState(String code) {
        return new MapPlace("US", code);
    }

    public Optional<String> subdivisionCode() {
        return Optional.ofNullable(subdivision);
    }

    public boolean isUsState() {
        return subdivision != null;
    }

    /** {@code FR}, or {@code US-AK} for a state. */
    public String code() {
        return subdivision == null ? country : country + "-" + subdivision;
    }

    @Override
    public String toString() {
        return code();
    }
}
