package dev.failoverstudio.io.formats.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.edit.AddCidrCollectionCommand;
import dev.failoverstudio.domain.edit.AddHealthCheckCommand;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.Docs;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.edit.MoveNodesCommand;
import dev.failoverstudio.domain.edit.NewRecordSets;
import dev.failoverstudio.domain.edit.SetHealthObservationCommand;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.TestInputs;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFilesTest {

    private final ProjectFiles files = new ProjectFiles(ObjectMappers.create(), new AutoLayout(CardSizes.DEFAULT));

    @TempDir
    Path dir;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("samples"))) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static ImportProblem onlyProblem(ImportException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private ImportException failure(String json) {
        try {
            files.read("bad.json", json);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("expected an ImportException");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleReadWrittenAndReadAgainIsEqual(Path sample) throws Exception {
        DesignDocument first = files.read(sample);
        assertThat(first.layout().size()).isEqualTo(DesignGraph.of(first.design()).nodeCount());
        Path saved = dir.resolve("saved.json");
        files.write(first, saved);
        DesignDocument second = files.read(saved);
        assertThat(second).isEqualTo(first);
        assertThat(files.toJson(second)).isEqualTo(Files.readString(saved));
    }

    @Test
    void anEditedDocumentSavedAndReopenedIsEqual() throws Exception {
        DesignDocument start = Docs.latencyWeightedTree();
        EditHistory history = new EditHistory(files.read("tree.json", files.toJson(start)));
        NewRecordSets palette = new NewRecordSets();
        history.execute(palette.paletteCommand(history.current().design(), Docs.ZONE, RoutingPolicy.IP_BASED,
                new Position(10, 900)));
        history.execute(new AddHealthCheckCommand(palette.newHealthCheck(history.current().design()),
                new Position(700.25, -3.5)));
        history.execute(new SetHealthObservationCommand("hc-eu-1", Optional.of(
                new HealthObservation.PerRegion(Map.of("us-east-1", true, "eu-west-1", false)))));
        history.execute(new AddCidrCollectionCommand(palette.newCidrCollection(history.current().design())));
        history.execute(new MoveNodesCommand(Map.of(NodeKey.healthCheck("hc-eu-1"), new Position(1e-3, 12345.678))));
        DesignDocument edited = history.current();
        HostedZone second = new HostedZone("ZPRIVATE123", DomainName.of("corp.internal."), true,
                List.of(RecordSet.simple("db.corp.internal.", dev.failoverstudio.domain.model.RecordType.A, 60,
                        "10.0.0.5")));
        ResourceCatalog catalog = new ResourceCatalog(Map.of(DomainName.of("my-alb-1.us-east-1.elb.amazonaws.com."),
                new AwsResource(DomainName.of("my-alb-1.us-east-1.elb.amazonaws.com."), AwsResourceKind.values()[0],
                        List.of("198.51.100.7"), List.of(), null, List.of(new TargetGroupHealth("tg", 3, 1)), 60L)));
        edited = edited.withDesign(edited.design().withZone(second).withResourceCatalog(catalog)
                .withHealthSnapshot(new HealthSnapshot(edited.design().healthSnapshot().observations(),
                        Map.of("hc-eu-1", false))));
        edited = edited.withLayout(new AutoLayout(CardSizes.DEFAULT).arrange(DesignGraph.of(edited.design()),
                edited.layout()));

        Path file = dir.resolve("edited.fsproj.json");
        files.write(edited, file);
        assertThat(files.read(file)).isEqualTo(edited);
    }

    @Test
    void theLayoutIsKeptApartFromTheRoute53Shapes() throws Exception {
        DesignDocument doc = files.read("tree.json", files.toJson(Docs.latencyWeightedTree()));
        ObjectNode tree = (ObjectNode) ObjectMappers.create().readTree(files.toJson(doc));
        assertThat(tree.get("formatVersion").intValue()).isEqualTo(1);
        assertThat(tree.get("zones").get(0).get("ResourceRecordSets").get(0).has("x")).isFalse();
        assertThat(tree.get("zones").get(0).get("ResourceRecordSets").get(2).get("Weight").intValue()).isEqualTo(10);
        assertThat(tree.get("layout").get("group:" + Docs.ZONE + ":www.example.com.:A").has("x")).isTrue();
    }

    @Test
    void p1_aNewerFormatVersionIsRefusedWithItsPath() {
        ImportProblem p = onlyProblem(failure("{\"formatVersion\": 2, \"zones\": [], \"whatever\": 1}"));
        assertThat(p.file()).isEqualTo("bad.json");
        assertThat(p.jsonPath()).isEqualTo("$.formatVersion");
        assertThat(p.rule()).isEqualTo("P1");
        assertThat(p.message()).contains("newer");
    }

    @Test
    void p1_aFormatVersionThatIsNotANumberIsRefused() {
        ImportProblem p = onlyProblem(failure("{\"formatVersion\": \"one\", \"zones\": []}"));
        assertThat(p.jsonPath()).isEqualTo("$.formatVersion");
        assertThat(p.rule()).isEqualTo("P1");
    }

    @Test
    void p2_unknownFieldsAndMissingZonesAreLocated() {
        ImportException e = failure("{\"formatVersion\": 1, \"layuot\": {}}");
        assertThat(e.problems()).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("$.layuot", "P2"),
                        org.assertj.core.groups.Tuple.tuple("$.zones", "P2"));
        assertThat(e.getMessage()).contains("did you mean 'layout'?");
    }

    @Test
    void zonesAreRoute53HostedZonesAndIgnoreFieldsAwsAdds() throws Exception {
        String json = "{\"formatVersion\": 1, \"zones\": [{\"Id\": \"/hostedzone/Z1\", \"Name\": \"example.com\","
                + " \"CallerReference\": \"x\", \"Config\": {\"PrivateZone\": true, \"Comment\": \"c\"},"
                + " \"ResourceRecordSets\": []}]}";
        HostedZone zone = files.read("zones.json", json).design().zones().get(0);
        assertThat(zone.id()).isEqualTo("Z1");
        assertThat(zone.origin()).isEqualTo(DomainName.of("example.com."));
        assertThat(zone.privateZone()).isTrue();
    }

    @Test
    void aZoneWithoutRecordSetsOrIdIsLocated() {
        ImportException e = failure("{\"formatVersion\": 1, \"zones\": [{\"Name\": \"example.com.\"}]}");
        assertThat(e.problems()).extracting(ImportProblem::jsonPath).containsExactlyInAnyOrder("$.zones[0].Id",
                "$.zones[0].ResourceRecordSets");
    }

    @Test
    void malformedRecordSetsAreLocatedInsideTheZone() {
        String json = "{\"formatVersion\": 1, \"zones\": [{\"Id\": \"Z1\", \"Name\": \"example.com.\","
                + " \"ResourceRecordSets\": [{\"Name\": \"www.example.com.\", \"Type\": \"A\", \"SetIdentifier\":"
                + " \"a\", \"Weight\": \"ten\", \"TTL\": 60, \"ResourceRecords\": [{\"Value\": \"192.0.2.1\"}]}]}]}";
        ImportProblem p = onlyProblem(failure(json));
        assertThat(p.jsonPath()).isEqualTo("$.zones[0].ResourceRecordSets[0].Weight");
        assertThat(p.rule()).isNotNull();
    }

    @Test
    void p3_badLayoutEntriesAreLocated() {
        ImportException e = failure("{\"formatVersion\": 1, \"zones\": [], \"layout\": {"
                + "\"hc:a\": {\"x\": \"left\", \"y\": 1}, \"nonsense\": {\"x\": 1, \"y\": 2}}}");
        assertThat(e.problems()).extracting(ImportProblem::jsonPath, ImportProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.layout['hc:a'].x", "P3"),
                        org.assertj.core.groups.Tuple.tuple("$.layout.nonsense", "P3"));
    }

    @Test
    void notJsonGivesTheLine() {
        ImportProblem p = onlyProblem(failure("{\n  \"formatVersion\": 1,\n  oops\n}"));
        assertThat(p.message()).contains("line 3");
    }

    @Test
    void somethingElseEntirelyIsNamed() {
        ImportProblem p = onlyProblem(failure("{\"hello\": \"world\"}"));
        assertThat(p.rule()).isEqualTo("P1");
        assertThat(p.message()).contains("not a Failover Studio project");
    }

    @Test
    void listResourceRecordSetsOutputIsImportedIntoItsZoneAndLaidOut() throws Exception {
        DesignDocument doc = files.read("list.json", TestInputs.text("route53/list-resource-record-sets.json"));
        HostedZone zone = doc.design().zones().get(0);
        assertThat(zone.recordSets()).isNotEmpty();
        assertThat(zone.recordSets()).allMatch(r -> r.name().isAtOrBelow(zone.origin()));
        assertThat(doc.layout().size()).isEqualTo(DesignGraph.of(doc.design()).nodeCount());
        assertThat(files.read("list.json", TestInputs.text("route53/list-resource-record-sets.json"))).isEqualTo(doc);
    }

    @Test
    void theZoneOfListOutputComesFromSoaOrInZoneAliases() throws Exception {
        String json = "{\"ResourceRecordSets\": ["
                + "{\"Name\": \"example.net.\", \"Type\": \"SOA\", \"TTL\": 900, \"ResourceRecords\": [{\"Value\":"
                + " \"ns-1.awsdns-1.org. admin.example.net. 1 7200 900 1209600 86400\"}]},"
                + "{\"Name\": \"www.example.net.\", \"Type\": \"A\", \"AliasTarget\": {\"HostedZoneId\": \"ZNETZONE\","
                + " \"DNSName\": \"web.example.net.\", \"EvaluateTargetHealth\": true}},"
                + "{\"Name\": \"web.example.net.\", \"Type\": \"A\", \"TTL\": 60, \"ResourceRecords\": [{\"Value\":"
                + " \"192.0.2.1\"}]}]}";
        DesignDocument doc = files.read("net.json", json);
        assertThat(doc.design().zones().get(0).origin()).isEqualTo(DomainName.of("example.net."));
        assertThat(doc.design().zones().get(0).id()).isEqualTo("ZNETZONE");
        assertThat(DesignGraph.of(doc.design()).aliasEdges()).hasSize(1);
    }

    @Test
    void openTellsProjectsFromImports() throws Exception {
        assertThat(files.open("tree.json", files.toJson(Docs.latencyWeightedTree())).kind())
                .isEqualTo(OpenedDesign.Kind.PROJECT);
        assertThat(files.open("full.json", TestInputs.text("scenario/full.json")).kind())
                .isEqualTo(OpenedDesign.Kind.SCENARIO);
        OpenedDesign list = files.open("list.json", TestInputs.text("route53/list-resource-record-sets.json"));
        assertThat(list.kind()).isEqualTo(OpenedDesign.Kind.RECORD_SET_LIST);
        assertThat(list.imported()).isTrue();
    }

    @Test
    void aScenarioIsImportedAndLaidOut() throws Exception {
        DesignDocument doc = files.read("full.json", TestInputs.text("scenario/full.json"));
        assertThat(doc.layout().size()).isEqualTo(DesignGraph.of(doc.design()).nodeCount());
    }

    @Test
    void writesReplaceTheFileAndLeaveNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("design.json");
        Files.writeString(file, "old content");
        files.write(Docs.latencyWeightedTree(), file);
        assertThat(Files.readString(file)).startsWith("{").contains("\"formatVersion\": 1");
        try (Stream<Path> list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("design.json");
        }
    }

    @Test
    void aWriteThatCannotHappenFailsWithoutTouchingAnything() {
        Path file = dir.resolve("missing-dir").resolve("design.json");
        assertThatThrownBy(() -> files.write(Docs.latencyWeightedTree(), file)).isInstanceOf(IOException.class);
        assertThat(Files.exists(dir.resolve("missing-dir"))).isFalse();
    }

    @Test
    void aDesignThatCouldNotBeReopenedIsNotSavedAndTheOldFileStays() throws Exception {
        Path file = dir.resolve("design.json");
        Files.writeString(file, "previous");
        DesignDocument doc = Docs.latencyWeightedTree();
        // a check without address or name cannot come from an edit (HV3), only from code that builds it directly
        var broken = new dev.failoverstudio.domain.model.HealthCheck("hc-eu-1", null,
                new dev.failoverstudio.domain.model.EndpointCheck(dev.failoverstudio.domain.model.HealthCheckType.HTTP,
                        null, 80L, null, "/", null, null, null, List.of(), false, false), false, false, 1);
        DesignDocument unsaveable = doc.withDesign(doc.design().withHealthChecks(List.of(broken)));
        assertThatThrownBy(() -> files.write(unsaveable, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("HV3");
        assertThat(Files.readString(file)).isEqualTo("previous");
    }

    @Test
    void aMissingFileIsAnImportException() {
        assertThatThrownBy(() -> files.read(dir.resolve("nope.json"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("file not found");
    }
}
