package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.resolve.ClientContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Population and resolver shares sum to 1, and shares that already do are kept to the last digit. */
class SharesTest {

    private static Population population(double... shares) {
        String[] countries = {"DE", "FR", "GB", "IE", "NL"};
        List<PopulationLocation> locations = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            locations.add(new PopulationLocation(countries[i], "EU", ClientContext.country(countries[i]), shares[i]));
        }
        return new Population(locations, "test");
    }

    private static double[] shares(Population p) {
        return p.locations().stream().mapToDouble(PopulationLocation::share).toArray();
    }

    @Test
    void sharesThatSumToOneUpToRoundingAreKeptAsGiven() {
        double[] given = {0.3, 0.2, 0.2, 0.2, 0.1};
        assertThat(0.3 + 0.2 + 0.2 + 0.2 + 0.1).isNotEqualTo(1.0); // the case this class exists for
        assertThat(shares(population(given))).containsExactly(given);
    }

    @Test
    void aPopulationBuiltFromAnotherPopulationsSharesEqualsIt() {
        Population once = population(3, 2, 2, 2, 1);
        Population twice = new Population(once.locations(), once.source());
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void sharesThatDoNotSumToOneAreNormalised() {
        double[] normalised = shares(population(30, 20, 20, 20, 10));
        assertThat(normalised[0]).isCloseTo(0.3, within(1e-15));
        assertThat(normalised[4]).isCloseTo(0.1, within(1e-15));
        assertThat(Arrays.stream(normalised).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void resolverClassesThatSumToOneAreKeptAsGiven() {
        List<ResolverBehaviour.ResolverClass> given = List.of(new ResolverBehaviour.ResolverClass(0.7, 0),
                new ResolverBehaviour.ResolverClass(0.2, 300), new ResolverBehaviour.ResolverClass(0.1, 3600));
        ResolverBehaviour behaviour = new ResolverBehaviour(100, given);
        assertThat(behaviour.classes()).isEqualTo(given);
        assertThat(new ResolverBehaviour(100, behaviour.classes())).isEqualTo(behaviour);
    }
}
