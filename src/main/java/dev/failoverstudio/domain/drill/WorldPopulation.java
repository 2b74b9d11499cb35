package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.geo.CountryInfo;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.resolve.ClientContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default client population of a drill: one location per country Route 53 can locate (M1), weighted by
 * the number of IPv4 addresses the bundled DB-IP "IP to Country Lite" table places in it, grouped by Route 53
 * continent.
 *
 * <p>Why address space: it is bundled, dated and reproducible, and it follows where DNS resolvers are
 * (resolvers sit in networks, not in census tables). It over-weights early IPv4 holders (the United States
 * holds about 40 % of the routed IPv4 space while having under a tenth of the world's internet users), so
 * drills that care about Asian or African traffic should give their own population.
 *
 * <p>Each country's latency reference (the client's nearest AWS Region, R91) is the Region in that country
 * when there is one (the first listed in table M2, e.g. us-east-1 for the United States), otherwise the
 * continent's reference Region in {@link #CONTINENT_REGIONS}. Countries carry no coordinates, so
 * geoproximity measures from that Region's position (R116).
 */
public final class WorldPopulation {

    public static final String SOURCE = "IPv4 address space per country, DB-IP IP to Country Lite (June 2026, "
            + "CC BY 4.0), grouped by Route 53 continent";

    /** The Region a country without a Region of its own is taken to be nearest to, by Route 53 continent. */
    public static final Map<String, String> CONTINENT_REGIONS = Map.of("NA", "us-east-1", "SA", "sa-east-1",
            "EU", "eu-central-1", "AF", "af-south-1", "AS", "ap-southeast-1", "OC", "ap-southeast-2",
            "AN", "ap-southeast-2");

    /** Countries hosting a commercial AWS Region → that Region (the first one listed in table M2). */
    static final Map<String, String> COUNTRY_REGIONS = Map.ofEntries(
            Map.entry("US", "us-east-1"), Map.entry("CA", "ca-central-1"), Map.entry("MX", "mx-central-1"),
            Map.entry("BR", "sa-east-1"), Map.entry("IE", "eu-west-1"), Map.entry("GB", "eu-west-2"),
            Map.entry("FR", "eu-west-3"), Map.entry("DE", "eu-central-1"), Map.entry("CH", "eu-central-2"),
            Map.entry("SE", "eu-north-1"), Map.entry("IT", "eu-south-1"), Map.entry("ES", "eu-south-2"),
            Map.entry("BH", "me-south-1"), Map.entry("AE", "me-central-1"), Map.entry("IL", "il-central-1"),
            Map.entry("ZA", "af-south-1"), Map.entry("HK", "ap-east-1"), Map.entry("TW", "ap-east-2"),
            Map.entry("IN", "ap-south-1"), Map.entry("SG", "ap-southeast-1"), Map.entry("AU", "ap-southeast-2"),
            Map.entry("ID", "ap-southeast-3"), Map.entry("MY", "ap-southeast-5"), Map.entry("NZ", "ap-southeast-6"),
            Map.entry("TH", "ap-southeast-7"), Map.entry("JP", "ap-northeast-1"), Map.entry("KR", "ap-northeast-2"),
            Map.entry("CN", "cn-north-1"));

    private WorldPopulation() {
    }

    public static Population of(GeoTables geo) {
        Map<String, Long> addresses = geo.ipCountries().ipv4AddressesPerCountry();
        List<PopulationLocation> locations = new ArrayList<>();
        for (CountryInfo country : geo.countries().values()) {
            long count = addresses.getOrDefault(country.code(), 0L);
            if (!country.supported() || country.continent() == null || count == 0) {
                continue;
            }
            String region = referenceRegion(country.code(), country.continent());
            ClientContext client = new ClientContext(country.continent(), country.code(), null, region, null, null,
                    null, null);
            locations.add(new PopulationLocation(country.code(), country.continent(), client, count));
        }
        return new Population(locations, SOURCE);
    }

    /** The latency reference Region of a country (see the class comment). */
    public static String referenceRegion(String country, String continent) {
        String own = COUNTRY_REGIONS.get(country);
        return own != null ? own : CONTINENT_REGIONS.getOrDefault(continent, "us-east-1");
    }
}
