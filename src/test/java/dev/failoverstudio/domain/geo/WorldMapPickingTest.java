package dev.failoverstudio.domain.geo;

import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.assets.WorldMapLoader;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picking places on the bundled world map (issue "Map picking"): known points land in the right Route 53
 * country (M1) or US state (M5, R100), including small islands, enclaves, overseas departments Route 53 treats
 * as countries of their own, and land on both sides of the antimeridian.
 */
class WorldMapPickingTest {

    private static final WorldMap MAP = WorldMapLoader.loadBundled();
    private static final GeoTables GEO = GeoTablesLoader.loadBundled();

    private static String at(double lat, double lon) {
        return MAP.at(lat, lon).map(MapPlace::code).orElse("none");
    }

    private static String strictlyAt(double lat, double lon) {
        return MAP.at(lat, lon, 0).map(MapPlace::code).orElse("none");
    }

    @Test
    void m1_capitalsAndCitiesLandInTheirCountry() {
        assertThat(at(48.8566, 2.3522)).as("Paris").isEqualTo("FR");
        assertThat(at(1.3521, 103.8198)).as("Singapore").isEqualTo("SG");
        assertThat(at(35.8989, 14.5146)).as("Valletta").isEqualTo("MT");
        assertThat(at(42.6629, 21.1655)).as("Pristina (XK, keyed by name: the map has no code for it)").isEqualTo("XK");
        assertThat(at(25.2048, 55.2708)).as("Dubai").isEqualTo("AE");
    }

    @Test
    void m1_overseasDepartmentsAreTheirOwnRoute53Countries() {
        assertThat(at(4.9224, -52.3135)).as("Cayenne").isEqualTo("GF");
        assertThat(GEO.continentOf("GF")).as("French Guiana is in South America for Route 53").contains("SA");
        assertThat(at(-20.8789, 55.4481)).as("Saint-Denis, Réunion").isEqualTo("RE");
        assertThat(at(78.2232, 15.6267)).as("Longyearbyen, Svalbard").isEqualTo("SJ");
        assertThat(at(46.2, 2.2)).as("central France stays France").isEqualTo("FR");
    }

    @Test
    void m1_smallIslandsAreFoundFromTheWaterBesideThem() {
        // the 50m outline of Bahrain misses Manama by a few hundred metres: strict containment fails, the
        // default click tolerance finds the nearest outline
        assertThat(strictlyAt(26.2285, 50.5860)).isEqualTo("none");
        assertThat(at(26.2285, 50.5860)).as("Manama").isEqualTo("BH");
        assertThat(at(43.7384, 7.4246)).as("Monaco").isEqualTo("MC");
        assertThat(at(22.3193, 114.1694)).as("Hong Kong").isEqualTo("HK");
    }

    @Test
    void m1_placesTooSmallForTheMapArePoints() {
        assertThat(at(36.1408, -5.3536)).as("Gibraltar, inside Spain's outline at this scale").isEqualTo("GI");
        assertThat(at(-8.5211, 179.1983)).as("Funafuti, Tuvalu").isEqualTo("TV");
        assertThat(MAP.shape(MapPlace.country("TV")).orElseThrow().isPointOnly()).isTrue();
    }

    @Test
    void m1_enclavesWinOverTheirHost() {
        assertThat(at(43.9424, 12.4578)).as("San Marino").isEqualTo("SM");
        assertThat(at(-29.3151, 27.4869)).as("Maseru, Lesotho").isEqualTo("LS");
    }

    @Test
    void m5_usPointsLandInTheirState() {
        assertThat(at(61.2181, -149.9003)).as("Anchorage").isEqualTo("US-AK");
        assertThat(at(21.3069, -157.8583)).as("Honolulu").isEqualTo("US-HI");
        assertThat(at(39.0438, -77.4874)).as("Ashburn").isEqualTo("US-VA");
        assertThat(at(38.9072, -77.0369)).as("Washington").isEqualTo("US-DC");
        assertThat(at(18.4655, -66.1057)).as("San Juan: Puerto Rico is a country in Route 53 (R100)").isEqualTo("PR");
    }

    @Test
    void antimeridian_fijiOnBothSides() {
        assertThat(at(-18.1416, 178.4419)).as("Suva").isEqualTo("FJ");
        assertThat(strictlyAt(-16.43, 179.39)).as("Vanua Levu, east longitude").isEqualTo("FJ");
        assertThat(strictlyAt(-16.90, -179.97)).as("Taveuni, just west of the antimeridian").isEqualTo("FJ");
        assertThat(strictlyAt(-17.20, -178.95)).as("Vanua Balavu, Lau group").isEqualTo("FJ");
    }

    @Test
    void antimeridian_chukotkaOnBothSides() {
        assertThat(strictlyAt(66.0, 176.0)).as("Chukotka, east longitude").isEqualTo("RU");
        assertThat(strictlyAt(67.0, -176.0)).as("Chukotka, west longitude").isEqualTo("RU");
        assertThat(at(64.7337, 177.5089)).as("Anadyr").isEqualTo("RU");
    }

    @Test
    void antimeridian_aleutiansOnBothSides() {
        assertThat(strictlyAt(51.88, -176.64)).as("Adak").isEqualTo("US-AK");
        assertThat(strictlyAt(51.95, 179.60)).as("Semisopochnoi, east longitude").isEqualTo("US-AK");
        assertThat(strictlyAt(52.90, 173.20)).as("Attu").isEqualTo("US-AK");
    }

    @Test
    void antimeridian_longitudesAreTakenModulo360() {
        assertThat(at(-18.1416, 178.4419 - 360)).isEqualTo("FJ");
        assertThat(at(48.8566, 2.3522 + 720)).isEqualTo("FR");
    }

    @Test
    void poles_antarcticaIsClosedThroughThePole() {
        assertThat(at(-89.9, 0)).isEqualTo("AQ");
        assertThat(at(-80, 120)).isEqualTo("AQ");
        assertThat(at(89.9, 0)).as("the North Pole is sea").isEqualTo("none");
    }

    @Test
    void openOceanIsNowhere() {
        assertThat(at(0, -140)).as("central Pacific").isEqualTo("none");
        assertThat(at(-40, -20)).as("South Atlantic").isEqualTo("none");
        assertThat(at(30, -45)).as("North Atlantic").isEqualTo("none");
        assertThat(at(-30, 80)).as("Indian Ocean").isEqualTo("none");
        assertThat(MAP.at(Double.NaN, 0)).isEmpty();
        assertThat(MAP.at(91, 0)).isEmpty();
    }

    @Test
    void m1_everyRoute53CountryAndStateHasAPlace() {
        Set<String> countries = new TreeSet<>();
        MAP.countries().forEach(s -> countries.add(s.place().country()));
        assertThat(countries).isEqualTo(new TreeSet<>(GEO.countries().keySet()));
        Set<String> states = new TreeSet<>();
        MAP.usStates().forEach(s -> states.add(s.place().subdivision()));
        assertThat(states).isEqualTo(new TreeSet<>(GEO.usSubdivisions().keySet()));
    }

    @Test
    void everyRepresentativePointPicksItsOwnPlace() {
        for (MapShape shape : MAP.shapes()) {
            GeoPoint p = shape.representativePoint();
            Optional<MapPlace> picked = MAP.at(p.latitude(), p.longitude(), 0);
            if (shape.place().equals(MapPlace.country("US"))) {
                assertThat(picked).as("the US point lies in a state").hasValueSatisfying(
                        place -> assertThat(place.isUsState()).isTrue());
            } else if (shape.isPointOnly()) {
                assertThat(MAP.at(p.latitude(), p.longitude())).as(shape.place().code()).contains(shape.place());
            } else {
                assertThat(picked).as(shape.place().code()).contains(shape.place());
            }
        }
    }

    @Test
    void ringsNeverJumpAcrossTheAntimeridian() {
        assertThat(MAP.shape(MapPlace.country("RU")).orElseThrow().rings())
                .as("Chukotka reaches past 180° instead of wrapping").anyMatch(r -> r.maxLongitude() > 180);
        for (MapShape shape : MAP.shapes()) {
            for (MapRing ring : shape.rings()) {
                assertThat(ring.minLongitude()).as(shape.place().code()).isBetween(-180.0, 180.0);
                for (int i = 1; i < ring.size(); i++) {
                    if (Math.abs(ring.latitude(i)) == 90 && ring.latitude(i) == ring.latitude(i - 1)) {
                        continue; // the edge along a pole that closes Antarctica
                    }
                    assertThat(Math.abs(ring.longitude(i) - ring.longitude(i - 1))).as(shape.place().code())
                            .isLessThanOrEqualTo(180.0);
                }
            }
        }
    }
}
