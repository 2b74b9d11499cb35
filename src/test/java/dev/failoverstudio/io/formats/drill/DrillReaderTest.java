package dev.failoverstudio.io.formats.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.ResolverBehaviour;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Drill files: the samples read completely; malformed drills give located problems (file, JSON path, rule). */
class DrillReaderTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private static final Supplier<Population> WORLD = () -> new Population(List.of(
            new PopulationLocation("US", "NA", ClientContext.country("US"), 2),
            new PopulationLocation("AU", "OC", ClientContext.country("AU"), 1)), "stub world");

    private final DrillReader reader = new DrillReader(MAPPER);

    private static ObjectNode sample() throws Exception {
        return (ObjectNode) MAPPER.readTree(Files.readString(Path.of("samples/drills/active-passive-failover.json")));
    }

    private List<ImportProblem> problems(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = sample();
        change.accept(root);
        ImportException e = catchThrowableOfType(() -> reader.read("drill.json", MAPPER.writeValueAsString(root),
                WORLD), ImportException.class);
        assertThat(e).as("expected problems").isNotNull();
        return e.problems();
    }

    private static ObjectNode drill(ObjectNode root) {
        return (ObjectNode) root.get("drill");
    }

    @Test
    void theActivePassiveSampleReadsCompletely() throws Exception {
        DrillFile file = reader.read(Path.of("samples/drills/active-passive-failover.json"), WORLD);
        assertThat(file.drill().name()).isEqualTo("primary API endpoint outage");
        assertThat(file.drill().query().name().text()).isEqualTo("api.example.com.");
        assertThat(file.drill().population().locations()).extracting(PopulationLocation::name)
                .containsExactly("Frankfurt", "New York", "Tokyo");
        assertThat(file.drill().population().locations().get(0).share()).isEqualTo(0.5);
        assertThat(file.drill().resolvers()).isEqualTo(ResolverBehaviour.honouringTtl(3000));
        assertThat(file.drill().events()).containsExactly(
                new DrillEvent.EndpointState(60, "192.0.2.20", false, java.util.Set.of()),
                new DrillEvent.EndpointState(900, "192.0.2.20", true, java.util.Set.of()));
        assertThat(file.drill().assertions()).hasSize(5);
        assertThat(file.drill().assertions().get(0)).isEqualTo(new DrillAssertion.Share("$.drill.assertions[0]", 180,
                180, new DrillAssertion.Clients(null, null, "DE", null), DrillAssertion.Target.value("198.51.100.20"),
                0.99, null));
        assertThat(file.drill().assertions().get(1)).isInstanceOfSatisfying(DrillAssertion.Share.class,
                s -> assertThat(s.to()).isEqualTo(899));
        assertThat(file.drill().assertions().get(2)).isInstanceOfSatisfying(DrillAssertion.Share.class,
                s -> assertThat(s.to()).as("to defaults to the end").isEqualTo(1500));
        assertThat(file.drill().assertions().get(3)).isEqualTo(new DrillAssertion.Figure("$.drill.assertions[3]",
                KeyFigures.Name.TIME_TO_FULL_FAILOVER, null, 120.0));
        assertThat(file.design().healthChecks()).hasSize(2);
    }

    @Test
    void theTreeSampleUsesTheWorldPopulationAndDefaultResolvers() throws Exception {
        DrillFile file = reader.read(Path.of("samples/drills/latency-weighted-tree.json"), WORLD);
        assertThat(file.drill().population().source()).isEqualTo("stub world");
        assertThat(file.drill().resolvers()).isEqualTo(ResolverBehaviour.DEFAULT);
        assertThat(file.drill().stepSeconds()).isEqualTo(1);
        assertThat(file.drill().events()).first().isEqualTo(new DrillEvent.RegionState(120, "us-east-1", false));
    }

    @Test
    void eventsOfEveryKindRead() throws Exception {
        ObjectNode root = sample();
        ArrayNode events = (ArrayNode) drill(root).get("events");
        events.removeAll();
        events.add(MAPPER.readTree("{\"at\": 10, \"healthCheck\": \"22222222-bbbb-4000-8000-000000000002\", "
                + "\"state\": \"down\", \"checkerRegions\": [\"eu-west-1\"]}"));
        events.add(MAPPER.readTree("{\"at\": 20, \"healthCheck\": \"22222222-bbbb-4000-8000-000000000002\", "
                + "\"disabled\": true, \"inverted\": true}"));
        events.add(MAPPER.readTree("{\"at\": 5, \"upsert\": {\"Name\": \"api.example.com.\", \"Type\": \"A\", "
                + "\"SetIdentifier\": \"secondary\", \"Failover\": \"SECONDARY\", \"TTL\": 30, "
                + "\"ResourceRecords\": [{\"Value\": \"198.51.100.99\"}]}}"));
        events.add(MAPPER.readTree("{\"at\": 30, \"delete\": {\"Name\": \"api.example.com\", \"Type\": \"A\", "
                + "\"SetIdentifier\": \"secondary\"}}"));
        DrillFile file = reader.read("drill.json", MAPPER.writeValueAsString(root), WORLD);
        assertThat(file.drill().events()).extracting(DrillEvent::at).containsExactly(5.0, 10.0, 20.0, 30.0);
        assertThat(file.drill().events().get(1)).isEqualTo(new DrillEvent.HealthCheckObserved(10,
                "22222222-bbbb-4000-8000-000000000002", DrillEvent.Observed.DOWN, java.util.Set.of("eu-west-1")));
        assertThat(file.drill().events().get(2)).isEqualTo(new DrillEvent.HealthCheckSwitch(20,
                "22222222-bbbb-4000-8000-000000000002", true, true));
    }

    @Test
    void aMissingDrillAndUnknownFieldsAreLocated() throws Exception {
        assertThat(problems(root -> root.remove("drill"))).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill", "D1"));
        assertThat(problems(root -> drill(root).put("stepSecnods", 10)))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(tuple("$.drill.stepSecnods", "D1",
                        "unknown field 'stepSecnods'; did you mean 'stepSeconds'?"));
    }

    @Test
    void timesAreChecked_D2() throws Exception {
        assertThat(problems(root -> drill(root).put("durationSeconds", -5)))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .contains(tuple("$.drill.durationSeconds", "D2"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("events").get(1)).put("at", 5000)))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.events[1].at", "D2"));
        assertThat(problems(root -> drill(root).put("stepSeconds", 0.0001)))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.stepSeconds", "D2"));
    }

    @Test
    void referencesToTheDesignAreChecked_D3() throws Exception {
        assertThat(problems(root -> ((ObjectNode) drill(root).get("events").get(0)).put("endpoint", "203.0.113.1")))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(tuple("$.drill.events[0]", "D3",
                        "no record set, resource or drill endpoint has the value 203.0.113.1"));
        assertThat(problems(root -> {
            ObjectNode e = (ObjectNode) drill(root).get("events").get(0);
            e.remove("endpoint");
            e.put("region", "eu-west-1");
        })).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(tuple("$.drill.events[0]", "D3"));
        assertThat(problems(root -> {
            ObjectNode e = (ObjectNode) drill(root).get("events").get(0);
            e.remove("endpoint");
            e.put("healthCheck", "no-such-check");
        })).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.events[0].healthCheck", "D3"));
        assertThat(problems(root -> {
            ObjectNode e = (ObjectNode) drill(root).get("events").get(0);
            e.putArray("checkerRegions").add("eu-central-1");
        })).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.events[0].checkerRegions", "HC10"));
        assertThat(problems(root -> {
            ObjectNode e = (ObjectNode) drill(root).get("events").get(0);
            e.remove("endpoint");
            e.remove("state");
            e.set("setWeight", MAPPER.createObjectNode().put("Name", "api.example.com.").put("Type", "A")
                    .put("SetIdentifier", "primary").put("weight", 10));
        })).extracting(ImportProblem::jsonPath, ImportProblem::message)
                .containsExactly(tuple("$.drill.events[0]", "api.example.com. A [primary] is not a weighted record set"));
    }

    @Test
    void anEventDoesOneThing_D1() throws Exception {
        assertThat(problems(root -> ((ObjectNode) drill(root).get("events").get(0)).put("region", "us-east-1")))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(tuple("$.drill.events[0]", "D1", "an event does one thing; found endpoint and region"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("events").get(0)).put("state", "broken")))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.events[0].state", "D1"));
    }

    @Test
    void populationsAndResolversAreChecked_D4() throws Exception {
        assertThat(problems(root -> drill(root).put("population", "europe")))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(tuple("$.drill.population",
                        "D4"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("population").get("locations").get(1))
                .put("share", -1))).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.population.locations[1].share", "D4"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("resolvers")).put("count", 0)))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.resolvers.count", "D4"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("population").get("locations").get(0).get("client"))
                .put("town", "x"))).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.population.locations[0].client.town", "C3"));
    }

    @Test
    void assertionsAreChecked_D5() throws Exception {
        assertThat(problems(root -> ((ObjectNode) drill(root).get("assertions").get(0)).put("atLeast", 99)))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(tuple("$.drill.assertions[0].atLeast", "D5",
                        "a share is a fraction from 0 to 1 (0.99 = 99 %), found the number 99"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("assertions").get(3)).put("figure", "timeToWin")))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.assertions[3].figure", "D5"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("assertions").get(0)).put("unhealthy", true)))
                .extracting(ImportProblem::jsonPath, ImportProblem::message)
                .containsExactly(tuple("$.drill.assertions[0]", "a share assertion counts one thing; found answer and "
                        + "unhealthy"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("assertions").get(1)).put("to", 100)))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.assertions[1].to", "D5"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("assertions").get(0)).put("answerInRegion",
                "us-west-2").remove("answer"))).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.assertions[0]", "D5"));
    }

    @Test
    void clientsMustMatchALocationAndTheQueryMustBeInTheZone() throws Exception {
        assertThat(problems(root -> ((ObjectNode) drill(root).get("assertions").get(0).get("clients"))
                .put("country", "FR"))).extracting(ImportProblem::jsonPath, ImportProblem::rule, ImportProblem::message)
                .containsExactly(tuple("$.drill.assertions[0]", "D5",
                        "no location of the population matches clients in country FR"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("assertions").get(0)).put("at", 180.5)))
                .extracting(ImportProblem::jsonPath, ImportProblem::message)
                .containsExactly(tuple("$.drill.assertions[0]", "no sample falls in the window: samples are taken "
                        + "every 1.0 s"));
        assertThat(problems(root -> ((ObjectNode) drill(root).get("query")).put("name", "api.example.org")))
                .extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(tuple("$.drill.query", "D3"));
    }

    @Test
    void notJsonAndDesignProblemsStopBeforeTheDrill() {
        ImportException e = catchThrowableOfType(() -> reader.read("drill.json", "{\"zone\": ", WORLD),
                ImportException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not valid JSON"));
        ImportException missingZone = catchThrowableOfType(() -> reader.read("drill.json",
                "{\"hostedZoneId\": \"Z1\", \"resourceRecordSets\": [], \"drill\": {}}", WORLD), ImportException.class);
        assertThat(missingZone.problems()).extracting(ImportProblem::jsonPath).containsExactly("$.zone");
    }
}
