package dev.failoverstudio.io.assets;

import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.geo.CountryInfo;
import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.geo.GeoTables;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the geo reference tables shipped under {@code /assets/geo} and {@code /assets/ip} (see the READMEs
 * there); the address-to-country table is read on first use.
 */
public final class GeoTablesLoader {

    private static final String BASE = "/assets/geo/";

    private GeoTablesLoader() {
    }

    /** Reads the three bundled tables; fails loudly when one is missing or malformed (a packaging bug). */
    public static GeoTables loadBundled() {
        Map<String, AwsRegionInfo> regions = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.readResource(BASE + "aws-regions.csv").rows()) {
            String code = row.get("code");
            regions.put(code, new AwsRegionInfo(code, row.get("place"),
                    new GeoPoint(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))),
                    "Y".equals(row.get("latency_records"))));
        }
        Map<String, CountryInfo> countries = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.readResource(BASE + "countries.csv").rows()) {
            String code = row.get("code");
            String continent = row.get("continent");
            countries.put(code, new CountryInfo(code, row.get("name"), continent.isEmpty() ? null : continent,
                    "Y".equals(row.get("supported"))));
        }
        Map<String, String> states = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.readResource(BASE + "us-states.csv").rows()) {
            states.put(row.get("code"), row.get("name"));
        }
        return new GeoTables(regions, countries, states, IpCountryTableLoader::loadBundled);
    }
}
