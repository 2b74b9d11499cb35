package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import dev.failoverstudio.ui.vm.health.LiveFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver pane's world map: picking clients and "answers everywhere", without the toolkit. */
class WorldMapViewModelTest {

    private final LiveFixture geo = LiveFixture.sample("geolocation-with-default.json");
    private final ResolverViewModel resolver = new ResolverViewModel(geo.live, TaskRunner.sameThread());
    private final WorldMapViewModel map = new WorldMapViewModel(geo.live, resolver, TaskRunner.sameThread());

    @Test
    void aClickPicksTheCountryOrUsStateAndPutsTheClientThere_R101() {
        map.load();
        resolver.nameProperty().set("www.example.com.");
        assertThat(map.pick(48.8566, 2.3522)).isEqualTo(MapPlace.country("FR")); // Paris
        assertThat(resolver.countryProperty().get().code()).isEqualTo("FR");
        assertThat(resolver.latitudeProperty().get()).isEqualTo("48.8566");
        assertThat(map.pickedProperty().get()).isEqualTo(MapPlace.country("FR"));
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("192.0.2.44"); // Europe (R102)

        assertThat(map.pick(34.05, -118.24)).isEqualTo(MapPlace.usState("CA")); // Los Angeles
        assertThat(resolver.subdivisionProperty().get().code()).isEqualTo("CA");
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("198.51.100.6");

        assertThat(map.pick(-40, -140)).isNull(); // the South Pacific: nothing changes
        assertThat(resolver.subdivisionProperty().get().code()).isEqualTo("CA");
    }

    @Test
    void answersEverywhereColoursEachPlaceByItsAnswerWithALegend_R102_R104() {
        map.load();
        resolver.nameProperty().set("www.example.com.");
        assertThat(map.colouringProperty().get().colours()).isEmpty();
        map.answersEverywhereProperty().set(true);

        assertThat(map.legend()).extracting(WorldMapViewModel.LegendEntry::label)
                .contains("192.0.2.44", "198.51.100.1", "198.51.100.6", "203.0.113.1");
        WorldMapViewModel.Colouring colouring = map.colouringProperty().get();
        int europe = colourOf("192.0.2.44");
        assertThat(colouring.colourOf(MapPlace.country("FR"))).isEqualTo(europe);
        // Germany's check fails in the sample: Germany falls back to Europe (R103)
        assertThat(colouring.colourOf(MapPlace.country("DE"))).isEqualTo(europe);
        assertThat(colouring.colourOf(MapPlace.usState("CA"))).isEqualTo(colourOf("198.51.100.6"));
        assertThat(colouring.colourOf(MapPlace.country("JP"))).isEqualTo(colourOf("203.0.113.1"));
        assertThat(map.legend().stream().mapToInt(WorldMapViewModel.LegendEntry::places).sum())
                .isEqualTo(colouring.colours().size());

        // a health toggle repaints the map: Germany gets its own record back
        new HealthPanelViewModel(geo.live, resolver.effectiveHealthProperty())
                .markPassing("44444444-dddd-4000-8000-000000000001");
        assertThat(map.colouringProperty().get().colourOf(MapPlace.country("DE"))).isEqualTo(colourOf("192.0.2.49"));
        assertThat(map.answersNanosProperty().get()).isPositive();

        map.answersEverywhereProperty().set(false);
        assertThat(map.legend()).isEmpty();
    }

    private int colourOf(String label) {
        return map.legend().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow().colour();
    }
}
