package dev.failoverstudio.io.formats.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill written and read back is the same drill, so design files can save drills. */
class DrillRoundTripTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private static final Supplier<Population> WORLD = () -> WorldPopulation.of(GeoTablesLoader.loadBundled());

    private final DrillReader reader = new DrillReader(MAPPER);
    private final DrillWriter writer = new DrillWriter(MAPPER);

    @TestFactory
    Stream<DynamicTest> everySampleDrillSurvivesWriteAndRead() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("samples", "drills"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            DrillFile original = reader.read(file, WORLD);
            ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(file));
            root.set("drill", writer.toJson(original.drill()));
            DrillFile again = reader.read("written.json", MAPPER.writeValueAsString(root), WORLD);
            assertThat(again.drill()).isEqualTo(original.drill());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aWholeDrillFileWrittenFromItsDesignAndDrillReadsBackEqual() throws Exception {
        DrillFileWriter files = new DrillFileWriter(MAPPER);
        List<Path> samples;
        try (Stream<Path> list = Files.list(Path.of("samples", "drills"))) {
            samples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return samples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            DrillFile original = reader.read(file, WORLD);
            String written = files.write(original.design(), original.drill(), original.title());
            DrillFile again = reader.read("written.json", written, WORLD);
            assertThat(again.drill()).isEqualTo(original.drill());
            assertThat(again.design()).isEqualTo(original.design());
            assertThat(again.title()).isEqualTo(original.title());
        }));
    }

    @Test
    void everyEventAndAssertionKindSurvives() throws Exception {
        String events = "[{\"at\": 10, \"healthCheck\": \"22222222-bbbb-4000-8000-000000000002\", \"state\": "
                + "\"down\", \"checkerRegions\": [\"eu-west-1\", \"us-east-1\"]},"
                + "{\"at\": 20, \"healthCheck\": \"22222222-bbbb-4000-8000-000000000003\", \"inverted\": true},"
                + "{\"at\": 5, \"upsert\": {\"Name\": \"api.example.com.\", \"Type\": \"A\", \"SetIdentifier\": "
                + "\"secondary\", \"Failover\": \"SECONDARY\", \"TTL\": 30, \"ResourceRecords\": [{\"Value\": "
                + "\"198.51.100.99\"}], \"HealthCheckId\": \"22222222-bbbb-4000-8000-000000000003\"}},"
                + "{\"at\": 30, \"delete\": {\"Name\": \"api.example.com.\", \"Type\": \"A\", \"SetIdentifier\": "
                + "\"secondary\"}},"
                + "{\"at\": 40, \"endpoint\": \"192.0.2.20\", \"state\": \"down\", \"checkerRegions\": [\"sa-east-1\"], "
                + "\"failure\": \"timeout\"}]";
        String assertions = "[{\"from\": 10, \"to\": 20, \"clients\": {\"group\": \"EU\", \"continent\": \"EU\"}, "
                + "\"unhealthy\": true, \"atMost\": 0.5}, {\"figure\": \"timeTo99PercentBack\", \"atLeast\": 1, "
                + "\"atMost\": 500}]";
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(
                "samples/drills/active-passive-failover.json")));
        ObjectNode drill = (ObjectNode) root.get("drill");
        drill.set("events", MAPPER.readTree(events));
        drill.set("assertions", MAPPER.readTree(assertions));
        drill.set("endpoints", MAPPER.readTree("{\"192.0.2.20\": [\"22222222-bbbb-4000-8000-000000000003\"]}"));
        DrillFile original = reader.read("drill.json", MAPPER.writeValueAsString(root), WORLD);
        root.set("drill", writer.toJson(original.drill()));
        DrillFile again = reader.read("written.json", MAPPER.writeValueAsString(root), WORLD);
        assertThat(again.drill()).isEqualTo(original.drill());
        assertThat(writer.write(original.drill())).contains("\"checkerRegions\"", "\"upsert\"", "\"delete\"",
                "\"inverted\"", "\"unhealthy\"", "\"timeTo99PercentBack\"", "\"timeout\"");
    }
}
