package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static dev.failoverstudio.domain.drill.DrillFixture.GEO;
import static dev.failoverstudio.domain.drill.DrillFixture.SIMULATOR;
import static dev.failoverstudio.domain.drill.DrillFixture.design;
import static dev.failoverstudio.domain.drill.DrillFixture.drill;
import static dev.failoverstudio.domain.drill.DrillFixture.record;
import static dev.failoverstudio.domain.drill.DrillFixture.single;
import static dev.failoverstudio.domain.drill.DrillFixture.www;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The design at a drill time ({@link DrillResult#designAt}) is the design the simulator answers with then: an
 * UPSERT of record set a with weight 0 at 100 s (R70, R72 step 1: b only) and a DELETE of b at 250 s (R72 step 2:
 * a only), each in force from its instant (R184 as the simulator models it).
 */
class DrillDesignAtTimeTest {

    private static final RecordSet A = record("www.example.com.", "a", new WeightedRouting(50), 1L, "192.0.2.1", null);
    private static final RecordSet B = record("www.example.com.", "b", new WeightedRouting(50), 1L, "192.0.2.2", null);
    private static final RecordSet A_DRAINED = record("www.example.com.", "a", new WeightedRouting(0), 1L,
            "192.0.2.1", null);

    private static DrillResult run() {
        Drill drill = drill("drain a, delete b", www(), 400, 1, single("US", "us-east-1"), 1_000_000,
                ResolverBehaviour.honouringTtl(2_000),
                List.of(new DrillEvent.UpsertRecordSet(100, A_DRAINED), new DrillEvent.DeleteRecordSet(250, B.key())),
                List.of());
        return SIMULATOR.run(design(List.of(A, B), List.of()), drill, 11);
    }

    @Test
    void theDesignAtATimeCarriesTheUpsertAndTheDeleteFromTheirInstant_R184() {
        DrillResult result = run();
        assertThat(recordSets(result.designAt(99.9))).containsExactly(A, B);
        assertThat(recordSets(result.designAt(100))).containsExactly(A_DRAINED, B);
        assertThat(recordSets(result.designAt(249.9))).containsExactly(A_DRAINED, B);
        assertThat(recordSets(result.designAt(250))).containsExactly(A_DRAINED);
        assertThat(recordSets(result.designAt(400))).containsExactly(A_DRAINED);
        assertThat(result.designAt(0)).as("the drill starts from the design it was given")
                .isEqualTo(design(List.of(A, B), List.of()));
    }

    /**
     * At every second (except the one just after a change, when resolvers still hold answers fetched under the
     * old design for their 1 s hold), the answers clients hold are exactly the answers the design at that time
     * gives, with the health at that time.
     */
    @Test
    void answersFromTheDesignAtEachTimeAreTheSimulationsAnswersThen_R70_R72() {
        DrillResult result = run();
        ResolutionEngine engine = new ResolutionEngine(GEO);
        Design last = null;
        CompiledDesign lastCompiled = null;
        int compared = 0;
        for (int k = 0; k < result.times().length; k++) {
            double t = result.times()[k];
            if (t == 100 || t == 101 || t == 250 || t == 251) {
                continue;
            }
            Design design = result.designAt(t);
            if (design != last) {
                last = design;
                lastCompiled = engine.compile(design);
            }
            Set<String> fromDesign = answersOf(lastCompiled, result, t);
            Set<String> simulated = new TreeSet<>();
            for (int a = 0; a < result.answers().size(); a++) {
                if (result.shareByAnswer()[a][k] > 0) {
                    simulated.add(result.answers().get(a).label());
                }
            }
            assertThat(simulated).as("answers at t=%s", t).isEqualTo(fromDesign);
            compared++;
        }
        assertThat(compared).isGreaterThan(390);
        assertThat(answersOf(engine.compile(result.designAt(150)), result, 150))
                .as("R72 step 1: weight 0 gets nothing while b has weight").containsExactly("192.0.2.2");
        assertThat(answersOf(engine.compile(result.designAt(300)), result, 300))
                .as("R72 step 2: only the zero-weight a is left").containsExactly("192.0.2.1");
        assertThat(answersOf(engine.compile(result.designAt(50)), result, 50))
                .containsExactly("192.0.2.1", "192.0.2.2");
    }

    private static Set<String> answersOf(CompiledDesign compiled, DrillResult result, double t) {
        HealthStatus health = result.health().statuses().get(result.health().statusIndexAt(t));
        PopulationLocation where = result.drill().population().locations().get(0);
        SplittableRandom random = new SplittableRandom(5);
        Set<String> labels = new TreeSet<>();
        for (int i = 0; i < 400; i++) {
            var resolution = compiled.resolve(health, result.drill().query(), where.client(), random);
            labels.add(AnswerInfo.of(resolution.rcode(), resolution.answers()).label());
        }
        return labels;
    }

    private static List<RecordSet> recordSets(Design design) {
        return design.zones().get(0).recordSets();
    }
}
