package dev.failoverstudio.io.assets;

import dev.failoverstudio.domain.geo.CountryInfo;
import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.geo.GeoTables;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoTablesLoaderTest {

    private final GeoTables tables = GeoTablesLoader.loadBundled();

    @Test
    void m1_perContinentCountsMatchTheRoute53List() {
        Map<String, Integer> counts = new TreeMap<>();
        for (CountryInfo c : tables.countries().values()) {
            if (c.continent() != null) {
                counts.merge(c.continent(), 1, Integer::sum);
            }
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(
                Map.of("AF", 57, "EU", 54, "AS", 50, "NA", 41, "OC", 27, "SA", 14, "AN", 3));
    }

    @Test
    void m1_codeClashesAndSurprisingContinents() {
        assertThat(tables.continentOf("NA")).contains("AF");
        assertThat(tables.continentOf("SA")).contains("AS");
        assertThat(tables.continentOf("AS")).contains("OC");
        assertThat(tables.continentOf("RU")).contains("EU");
        assertThat(tables.continentOf("TR")).contains("EU");
        assertThat(tables.continentOf("XK")).contains("EU");
        assertThat(tables.continentOf("EG")).contains("AF");
        assertThat(tables.continentOf("GF")).contains("SA");
        assertThat(tables.continentOf("UM")).contains("OC");
    }

    @Test
    void r100_unsupportedCountriesHaveNoContinent() {
        for (String code : new String[] {"BV", "CX", "EH", "HM"}) {
            assertThat(tables.country(code)).hasValueSatisfying(c -> {
                assertThat(c.supported()).isFalse();
                assertThat(c.continent()).isNull();
            });
        }
        assertThat(tables.country("UA")).hasValueSatisfying(c -> assertThat(c.supported()).isTrue());
    }

    @Test
    void m5_fiftyStatesPlusDcAndNoTerritories() {
        assertThat(tables.usSubdivisions()).hasSize(51).containsKey("DC").containsKey("CA");
        assertThat(tables.isUsSubdivision("PR")).isFalse();
        assertThat(tables.isUsSubdivision("GU")).isFalse();
    }

    @Test
    void m2_thirtyNineLatencyRegionsWithReferenceCoordinates() {
        assertThat(tables.regions()).hasSize(39);
        assertThat(tables.regions().values()).allMatch(r -> r.latencyRecords());
        GeoPoint frankfurt = tables.region("eu-central-1").orElseThrow().point();
        assertThat(frankfurt.latitude()).isEqualTo(50.1);
        assertThat(frankfurt.longitude()).isEqualTo(8.7);
        assertThat(tables.region("eusc-de-east-1")).isPresent();
        assertThat(tables.region("us-gov-west-1")).isPresent();
    }

    @Test
    void m2_haversineOnA6371KmSphere() {
        GeoPoint london = tables.region("eu-west-2").orElseThrow().point();
        GeoPoint dublin = tables.region("eu-west-1").orElseThrow().point();
        // 51.5,-0.1 to 53.3,-6.3 on a 6,371 km sphere
        assertThat(london.distanceKm(dublin)).isCloseTo(465.0, within(5.0));
        assertThat(london.distanceKm(london)).isZero();
    }
}
