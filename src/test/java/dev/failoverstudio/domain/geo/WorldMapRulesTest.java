package dev.failoverstudio.domain.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The picking rules of {@link WorldMap} on small hand-made maps, independent of the bundled outlines. */
class WorldMapRulesTest {

    private static MapRing box(double west, double south, double east, double north) {
        return new MapRing(new double[] {west, east, east, west}, new double[] {south, south, north, north});
    }

    private static MapShape country(String code, MapRing... rings) {
        MapRing first = rings[0];
        return new MapShape(MapPlace.country(code), new GeoPoint((first.minLatitude() + first.maxLatitude()) / 2,
                (first.minLongitude() + first.maxLongitude()) / 2), List.of(rings));
    }

    private static MapShape state(String code, MapRing ring) {
        return new MapShape(MapPlace.usState(code), new GeoPoint((ring.minLatitude() + ring.maxLatitude()) / 2,
                (ring.minLongitude() + ring.maxLongitude()) / 2), List.of(ring));
    }

    @Test
    void anUnwrappedRingIsHitFromBothSidesOfTheAntimeridian() {
        WorldMap map = new WorldMap(List.of(country("FJ", box(179, -18, 181, -16))), List.of());
        assertThat(map.at(-17, 179.5, 0)).contains(MapPlace.country("FJ"));
        assertThat(map.at(-17, -179.5, 0)).contains(MapPlace.country("FJ"));
        assertThat(map.at(-17, 180.5, 0)).contains(MapPlace.country("FJ"));
        assertThat(map.at(-17, 178.5, 0)).isEmpty();
        assertThat(map.at(-17, -178.5, 0)).isEmpty();
    }

    @Test
    void snappingFindsTheNearestOutlineAcrossTheAntimeridian() {
        WorldMap map = new WorldMap(List.of(country("FJ", box(179, -18, 181, -16))), List.of());
        // 0.2° of longitude at 17° S is about 21 km
        assertThat(map.at(-17, -178.8, 30)).contains(MapPlace.country("FJ"));
        assertThat(map.at(-17, -178.8, 15)).isEmpty();
        assertThat(map.at(-17, 178.8, 30)).contains(MapPlace.country("FJ"));
    }

    @Test
    void holesAreEvenOddAndEnclavesWin() {
        MapShape host = country("ZA", box(10, -10, 20, 0), box(14, -6, 16, -4));
        MapShape enclave = country("LS", box(14, -6, 16, -4));
        MapShape notCutOut = country("IT", box(30, -10, 40, 0));
        MapShape smaller = country("SM", box(34, -6, 36, -4));
        WorldMap map = new WorldMap(List.of(host, enclave, notCutOut, smaller), List.of());
        assertThat(map.at(-5, 15, 0)).contains(MapPlace.country("LS"));
        assertThat(map.at(-8, 12, 0)).contains(MapPlace.country("ZA"));
        assertThat(map.at(-5, 35, 0)).as("an enclave its host does not cut out").contains(MapPlace.country("SM"));
        assertThat(map.at(-8, 32, 0)).contains(MapPlace.country("IT"));
    }

    @Test
    void r105_aUsPointOutsideEveryStateIsTheUsAlone() {
        WorldMap map = new WorldMap(List.of(country("US", box(-120, 30, -80, 45))),
                List.of(state("KS", box(-102, 37, -95, 40))));
        assertThat(map.at(38, -100, 0)).contains(MapPlace.usState("KS"));
        assertThat(map.at(32, -110, 0)).contains(MapPlace.country("US"));
        assertThat(map.at(38, -100, 0).orElseThrow().code()).isEqualTo("US-KS");
    }

    @Test
    void pointPlacesArePickedNearTheirPointEvenOnAnotherPlacesLand() {
        MapShape spain = country("ES", box(-9, 36, 3, 44));
        MapShape gibraltar = new MapShape(MapPlace.country("GI"), new GeoPoint(36.14, -5.35), List.of());
        WorldMap map = new WorldMap(List.of(spain, gibraltar), List.of());
        assertThat(map.at(36.15, -5.35, 0)).contains(MapPlace.country("GI"));
        assertThat(map.at(36.30, -5.35, 0)).as("18 km away").contains(MapPlace.country("ES"));
    }

    @Test
    void aPlaceTwiceOrAStateAmongCountriesIsRefused() {
        MapShape fr = country("FR", box(0, 44, 5, 50));
        assertThatThrownBy(() -> new WorldMap(List.of(fr, fr), List.of())).hasMessageContaining("FR");
        assertThatThrownBy(() -> new WorldMap(List.of(state("KS", box(-102, 37, -95, 40))), List.of()))
                .hasMessageContaining("US-KS");
        assertThatThrownBy(() -> MapPlace.usState("KS").equals(new MapPlace("CA", "ON")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
