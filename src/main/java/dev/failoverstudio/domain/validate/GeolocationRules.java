package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.geo.CountryInfo;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Geolocation routing (V26, V27, R103): exactly one of continent, country or US state; codes from tables
 * M1/M5 (UA and XK included, BV CX EH HM refused, DC accepted per A31); a location at most once per group.
 * A group without a default record set gives no answer to clients outside its locations (R26), a warning.
 */
final class GeolocationRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.routing() instanceof GeolocationRouting geo) {
                fieldProblem(geo.location(), zone.geo()).ifPresent(message ->
                        out.add(Problem.error("V26", ApiErrors.INVALID_INPUT, r.key(), message + " (" + r.describe()
                                + ")")));
            }
        }
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            checkGroup(group.getKey(), group.getValue(), out);
        }
    }

    /** What is wrong with a location's fields, if anything. */
    static Optional<String> fieldProblem(GeoLocation location, GeoTables tables) {
        String continent = location.continentCode();
        String country = location.countryCode();
        String subdivision = location.subdivisionCode();
        if (continent == null && country == null && subdivision == null) {
            return Optional.of("GeoLocation needs a ContinentCode, a CountryCode, or CountryCode US with a"
                    + " SubdivisionCode");
        }
        if (continent != null && (country != null || subdivision != null)) {
            return Optional.of("GeoLocation cannot combine ContinentCode with CountryCode or SubdivisionCode");
        }
        if (continent != null) {
            return GeoTables.CONTINENTS.contains(continent) ? Optional.empty()
                    : Optional.of("ContinentCode '" + continent + "' is not one of AF, AN, AS, EU, NA, OC, SA");
        }
        if (subdivision != null) {
            if (!"US".equals(country)) {
                return Optional.of("SubdivisionCode '" + subdivision + "' requires CountryCode US");
            }
            return tables.isUsSubdivision(subdivision) ? Optional.empty()
                    : Optional.of("SubdivisionCode '" + subdivision + "' is not a US state code");
        }
        if (GeoLocation.DEFAULT_COUNTRY.equals(country)) {
            return Optional.empty();
        }
        boolean supported = tables.country(country).map(CountryInfo::supported).orElse(false);
        return supported ? Optional.empty()
                : Optional.of("CountryCode '" + country + "' is not a country Route 53 geolocation supports");
    }

    private static void checkGroup(GroupKey key, List<RecordSet> members, List<Problem> out) {
        Set<GeoLocation> seen = new HashSet<>();
        boolean any = false;
        boolean hasDefault = false;
        for (RecordSet r : members) {
            if (!(r.routing() instanceof GeolocationRouting geo)) {
                continue;
            }
            any = true;
            hasDefault |= geo.location().isDefault();
            if (!seen.add(geo.location())) {
                out.add(Problem.error("V27", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Group " + key.describe()
                        + " already has a record set for location " + geo.location().describe()
                        + "; each location may appear once per group"));
            }
        }
        if (any && !hasDefault) {
            out.add(Problem.warning("R103", members.get(0).key(), "Geolocation group " + key.describe()
                    + " has no default location (CountryCode *); clients outside its locations get no answer"
                    + " (NOERROR, no data)"));
        }
    }
}
