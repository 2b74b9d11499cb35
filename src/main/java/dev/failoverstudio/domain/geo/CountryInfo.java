package dev.failoverstudio.domain.geo;

/**
 * A country code Route 53 geolocation knows (M1).
 *
 * @param continent the Route 53 continent code, or null when the country has none
 * @param supported false for codes Route 53 refuses as geolocation countries (BV, CX, EH, HM)
 */
public record CountryInfo(String code, String name, String continent, boolean supported) {
}
