package dev.failoverstudio.domain.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reference tables behind geographic routing: AWS Regions with coordinates (M2), countries and their
 * Route 53 continents (M1), and US subdivision codes (M5). Immutable; loaded once from the shipped assets.
 */
public final class GeoTables {

    /** The seven Route 53 continent codes (R100). */
    public static final Set<String> CONTINENTS = Set.of("AF", "AN", "AS", "EU", "NA", "OC", "SA");

    private final Map<String, AwsRegionInfo> regions;
    private final Map<String, CountryInfo> countries;
    private final Map<String, String> usSubdivisions;
    private final Supplier<IpCountryTable> ipCountriesSource;
    private volatile IpCountryTable ipCountries;

    public GeoTables(Map<String, AwsRegionInfo> regions, Map<String, CountryInfo> countries,
                     Map<String, String> usSubdivisions) {
        this(regions, countries, usSubdivisions, () -> IpCountryTable.EMPTY);
    }

    /**
     * @param ipCountries where client addresses are (scenario-format.md "client"); read on first use, since
     *                    most designs never need it and it is the largest table
     */
    public GeoTables(Map<String, AwsRegionInfo> regions, Map<String, CountryInfo> countries,
                     Map<String, String> usSubdivisions, Supplier<IpCountryTable> ipCountries) {
        this.ipCountriesSource = Objects.requireNonNull(ipCountries, "ipCountries");
        this.regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        this.usSubdivisions = Collections.unmodifiableMap(new LinkedHashMap<>(usSubdivisions));
    }

    public Optional<AwsRegionInfo> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    public Map<String, AwsRegionInfo> regions() {
        return regions;
    }

    public Optional<CountryInfo> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    public Map<String, CountryInfo> countries() {
        return countries;
    }

    /** The Route 53 continent of a country (M1), if it has one. */
    public Optional<String> continentOf(String countryCode) {
        return country(countryCode).map(CountryInfo::continent);
    }

    /** US subdivision codes (the 50 states and DC, M5, A31) with their names. */
    public Map<String, String> usSubdivisions() {
        return usSubdivisions;
    }

    /** Whether the address-to-country table has been read, so {@link #ipCountries()} answers without waiting. */
    public boolean ipCountriesLoaded() {
        return ipCountries != null;
    }

    /** The address-to-country table, loaded on first use. */
    public IpCountryTable ipCountries() {
        IpCountryTable table = ipCountries;
        if (table == null) {
            synchronized (this) {
                table = ipCountries;
                if (table == null) {
                    table = Objects.requireNonNull(ipCountriesSource.get(), "ip country table");
                    ipCountries = table;
                }
            }
        }
        return table;
    }

    public boolean isUsSubdivision(String code) {
        return code != null && usSubdivisions.containsKey(code);
    }
}
