package dev.failoverstudio.io.formats.trafficflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ZoneDiff;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.domain.scenario.QueryRun;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.domain.scenario.ScenarioRunner;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.formats.ScenarioReader;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export the tree under a name as a policy document, compile it back into plain alias records with generated
 * names, and the engine answers every query of the sample for that name the same way (TF20): same rcode, same
 * distribution of answers over seeded samples, same TTL when the tree's values share one.
 */
class TrafficFlowRoundTripTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private static final GeoTables GEO = GeoTablesLoader.loadBundled();
    private static final int SAMPLES = 400;

    @Test
    void tf20_everyExportableTreeOfTheSamplesAnswersTheSameAfterExportAndImport() throws Exception {
        int compared = 0;
        List<String> refused = new ArrayList<>();
        for (Path sample : SampleDesigns.files()) {
            Scenario scenario = new ScenarioReader(MAPPER).read(sample);
            Design design = scenario.design();
            HostedZone zone = design.zones().get(0);
            Set<DomainName> queried = new LinkedHashSet<>();
            scenario.queries().forEach(q -> queried.add(q.query().name()));
            for (DomainName name : queried) {
                if (zone.recordSets().stream().noneMatch(r -> r.name().equals(name) && !ZoneDiff.isApexSoaOrNs(zone, r))) {
                    continue;
                }
                ExportResult exported;
                try {
                    exported = new TrafficFlowExporter(MAPPER).export(design,
                            ExportOptions.DEFAULT.withPolicyName(name));
                } catch (IllegalArgumentException e) {
                    refused.add(sample.getFileName() + " " + name + ": " + e.getMessage());
                    continue;
                }
                GroupKey root = zone.recordSets().stream().filter(r -> r.name().equals(name)).findFirst()
                        .orElseThrow().groupKey();
                Set<GroupKey> tree = tree(zone, root);
                Set<Long> ttls = new HashSet<>();
                zone.recordSets().stream().filter(r -> tree.contains(r.groupKey()) && !r.isAlias())
                        .forEach(r -> ttls.add(r.ttl()));
                long ttl = ttls.isEmpty() ? 60 : ttls.iterator().next();
                TrafficFlowImport imported = new TrafficFlowImporter(MAPPER).read(exported.main().name(),
                        exported.main().text(), zone.id(), name, ttl);
                List<RecordSet> records = new ArrayList<>(zone.recordSets().stream()
                        .filter(r -> !tree.contains(r.groupKey())).toList());
                records.addAll(imported.recordSets());
                Design compiled = design.withZone(zone.withRecordSets(records));
                for (ScenarioQuery query : scenario.queries()) {
                    if (query.query().name().equals(name) && query.query().type().equals(root.type().name())) {
                        assertSameAnswers(design, compiled, query, ttls.size() <= 1);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("refused: %s", refused).isGreaterThanOrEqualTo(6);
        assertThat(refused).as("trees a policy cannot express").allSatisfy(r -> assertThat(r).containsAnyOf(
                "exactly one", "no Traffic Flow rule type", "no endpoint type"));
    }

    /** A22 sets no limit to a tree's levels; a policy nests a rule a level, and both directions follow them all. */
    @Test
    void tf20_a22_aTreeDeeperThanAThreadsStackIsExportedAndCompiledBack() throws Exception {
        int levels = 3_000;
        List<RecordSet> records = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            DomainName at = DomainName.of("l" + level + ".example.com.");
            records.add(new RecordSet(at, RecordType.A, "deeper", new WeightedRouting(1), null, List.of(),
                    new AliasTarget("ZDEEP", DomainName.of("l" + (level + 1) + ".example.com."), true), null, null));
            records.add(new RecordSet(at, RecordType.A, "here", new WeightedRouting(0), 60L,
                    List.of("198.51.100." + level % 250), null, null, null));
        }
        records.add(new RecordSet(DomainName.of("l" + levels + ".example.com."), RecordType.A, null,
                SimpleRouting.INSTANCE, 60L, List.of("192.0.2.1"), null, null, null));
        DomainName start = DomainName.of("l0.example.com.");
        Design design = Design.of(new HostedZone("ZDEEP", DomainName.of("example.com."), false, records));

        ExportResult exported = new TrafficFlowExporter(MAPPER).export(design,
                ExportOptions.DEFAULT.withPolicyName(start));
        TrafficFlowImport imported = new TrafficFlowImporter(MAPPER).read(exported.main().name(),
                exported.main().text(), "ZDEEP", start, 60);

        // a rule a level, its two members each a record set; the simple leaf becomes the last rule's value member
        assertThat(imported.recordSets().size()).isEqualTo(2 * levels);
        Design compiled = Design.of(new HostedZone("ZDEEP", DomainName.of("example.com."), false,
                imported.recordSets()));
        ScenarioQuery query = new ScenarioQuery(new Query(start, "A"), null, null, null);
        assertSameAnswers(design, compiled, query, true);
        assertThat(run(compiled, query).first().answers()).containsExactly("192.0.2.1");
    }

    private static void assertSameAnswers(Design original, Design compiled, ScenarioQuery query, boolean sameTtl) {
        QueryRun a = run(original, query);
        QueryRun b = run(compiled, query);
        assertThat(b.first().rcode()).as(query.toString()).isEqualTo(a.first().rcode());
        assertThat(b.outcomes().stream().map(o -> o.answers() + " " + o.rcode() + " x" + o.count()).sorted().toList())
                .as(query.toString())
                .isEqualTo(a.outcomes().stream().map(o -> o.answers() + " " + o.rcode() + " x" + o.count()).sorted()
                        .toList());
        if (sameTtl) {
            assertThat(b.first().ttl()).as(query.toString()).isEqualTo(a.first().ttl());
        }
    }

    private static QueryRun run(Design design, ScenarioQuery query) {
        CompiledDesign compiled = new ResolutionEngine(GEO).compile(design);
        HealthStatus health = new HealthEvaluator().evaluate(design);
        return new ScenarioRunner(compiled, health, 42L).run(query, SAMPLES);
    }

    /** Every group reachable from {@code root} through in-zone aliases. */
    private static Set<GroupKey> tree(HostedZone zone, GroupKey root) {
        Set<GroupKey> seen = new LinkedHashSet<>();
        Deque<GroupKey> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            GroupKey key = todo.pop();
            if (seen.add(key)) {
                zone.recordSets().stream().filter(r -> r.groupKey().equals(key) && zone.isInZone(r.aliasTarget()))
                        .forEach(r -> todo.push(new GroupKey(r.aliasTarget().dnsName(), r.type())));
            }
        }
        return seen;
    }
}
