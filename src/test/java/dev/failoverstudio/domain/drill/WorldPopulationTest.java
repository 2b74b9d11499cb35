package dev.failoverstudio.domain.drill;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static dev.failoverstudio.domain.drill.DrillFixture.GEO;
import static org.assertj.core.api.Assertions.assertThat;

/** The default population: countries weighted by their IPv4 address space, grouped by continent (M1). */
class WorldPopulationTest {

    private final Population world = WorldPopulation.of(GEO);

    @Test
    void sharesComeFromTheAddressTableAndSumToOne() {
        assertThat(world.source()).contains("DB-IP");
        assertThat(world.locations()).hasSizeBetween(200, 250);
        assertThat(world.locations().stream().mapToDouble(PopulationLocation::share).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        Map<String, Double> shares = world.locations().stream()
                .collect(Collectors.toMap(PopulationLocation::name, PopulationLocation::share));
        // The US holds the largest block of IPv4 space by far; Germany and Japan are among the next.
        assertThat(shares.get("US")).isBetween(0.25, 0.55);
        assertThat(shares.get("DE")).isBetween(0.01, 0.10);
        assertThat(shares.get("JP")).isBetween(0.01, 0.10);
        // Countries Route 53 cannot locate are not clients (M1).
        assertThat(shares).doesNotContainKeys("BV", "HM");
    }

    @Test
    void groupsAreContinentsAndEveryLocationHasALatencyReference_R91() {
        assertThat(world.groups()).containsExactlyInAnyOrder("AF", "AN", "AS", "EU", "NA", "OC", "SA")
                .hasSizeLessThanOrEqualTo(7);
        PopulationLocation de = find("DE");
        assertThat(de.group()).isEqualTo("EU");
        assertThat(de.client().region()).isEqualTo("eu-central-1");
        assertThat(find("US").client().region()).isEqualTo("us-east-1");
        assertThat(find("PL").client().region()).isEqualTo("eu-central-1"); // no Region of its own: continent's
        assertThat(find("AR").client().region()).isEqualTo("sa-east-1");
        assertThat(world.locations()).allSatisfy(l -> assertThat(GEO.region(l.client().region())).isPresent());
    }

    private PopulationLocation find(String country) {
        return world.locations().stream().filter(l -> l.name().equals(country)).findFirst().orElseThrow();
    }
}
