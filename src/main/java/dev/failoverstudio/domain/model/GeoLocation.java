package dev.failoverstudio.domain.model;

/**
 * A geolocation area (R100, S10): the default ({@code CountryCode "*"}), a continent, a country, or a
 * US state. Fields are kept as given (null when absent) so V26 can report bad combinations.
 */
public record GeoLocation(String continentCode, String countryCode, String subdivisionCode) {

    public static final String DEFAULT_COUNTRY = "*";

    public static GeoLocation defaultLocation() {
        return new GeoLocation(null, DEFAULT_COUNTRY, null);
    }

    public static GeoLocation continent(String code) {
        return new GeoLocation(code, null, null);
    }

    public static GeoLocation country(String code) {
        return new GeoLocation(null, code, null);
    }

    public static GeoLocation usState(String code) {
        return new GeoLocation(null, "US", code);
    }

    public boolean isDefault() {
        return continentCode == null && DEFAULT_COUNTRY.equals(countryCode) && subdivisionCode == null;
    }

    public boolean isContinent() {
        return continentCode != null && countryCode == null && subdivisionCode == null;
    }

    public boolean isSubdivision() {
        return subdivisionCode != null;
    }

    public boolean isCountry() {
        return continentCode == null && countryCode != null && !DEFAULT_COUNTRY.equals(countryCode)
                && subdivisionCode == null;
    }

    /** A short human form: {@code *}, {@code EU}, {@code DE}, {@code US-CA}. */
    public String describe() {
        if (isDefault()) {
            return "default (*)";
        }
        if (subdivisionCode != null) {
            return (countryCode == null ? "?" : countryCode) + "-" + subdivisionCode;
        }
        if (countryCode != null) {
            return continentCode == null ? countryCode : continentCode + "/" + countryCode;
        }
        return continentCode == null ? "(none)" : "continent " + continentCode;
    }
}
