package dev.failoverstudio.io.formats.terraform;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ZoneDiff;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.io.formats.SampleDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Terraform export parsed by a real HCL parser (hcl4j): every record set of the design can be rebuilt from
 * the parsed resources, every reference points at a resource of the file, and each resource has its
 * {@code terraform import} comment.
 */
class TerraformHclTest {

    static List<Path> samples() {
        return SampleDesigns.files();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> resources(Map<String, Object> parsed, String type) {
        Map<String, Object> all = (Map<String, Object>) parsed.get("resource");
        Object of = all == null ? null : all.get(type);
        return of == null ? Map.of() : (Map<String, Map<String, Object>>) of;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyRecordSetAndHealthCheckIsRebuiltFromTheParsedHcl(Path sample) throws Exception {
        Design design = SampleDesigns.design(sample);
        HostedZone zone = design.zones().get(0);
        ExportResult result = new TerraformExporter().export(design, ExportOptions.DEFAULT);
        String text = result.main().text();
        Map<String, Object> parsed = new HCLParser().parse(text);

        Map<String, String> checkIdByLabel = new LinkedHashMap<>();
        resources(parsed, "aws_route53_health_check").forEach((label, check) ->
                checkIdByLabel.put(label, (String) ((Map<?, ?>) check.get("tags")).get("failover-studio:id")));
        assertThat(checkIdByLabel.values()).containsExactlyInAnyOrderElementsOf(
                design.healthChecks().stream().map(HealthCheck::id).toList());
        for (HealthCheck check : design.healthChecks()) {
            String label = checkIdByLabel.entrySet().stream().filter(e -> e.getValue().equals(check.id()))
                    .findFirst().orElseThrow().getKey();
            Map<String, Object> hcl = resources(parsed, "aws_route53_health_check").get(label);
            assertThat(hcl.get("type")).isEqualTo(check.type().name());
            assertThat(hcl.get("disabled")).isEqualTo(check.disabled());
            assertThat(hcl.get("invert_healthcheck")).isEqualTo(check.inverted());
            if (check.config() instanceof CalculatedCheck c) {
                List<String> children = ((List<?>) hcl.get("child_healthchecks")).stream()
                        .map(ref -> checkIdByLabel.get(ref.toString().split("\\.")[1])).toList();
                assertThat(children).isEqualTo(c.childHealthChecks());
            }
            assertThat(text).contains("# terraform import aws_route53_health_check." + label + " " + check.id());
        }

        Map<String, String> collectionIdByLabel = new LinkedHashMap<>();
        text.lines().filter(l -> l.startsWith("# terraform import aws_route53_cidr_collection.")).forEach(l -> {
            String[] words = l.split(" ");
            collectionIdByLabel.put(words[3].substring(words[3].indexOf('.') + 1), words[4]);
        });
        List<CidrCollection> collections = new ArrayList<>();
        resources(parsed, "aws_route53_cidr_collection").forEach((label, c) -> {
            List<CidrLocation> locations = new ArrayList<>();
            resources(parsed, "aws_route53_cidr_location").values().stream()
                    .filter(l -> String.valueOf(l.get("cidr_collection_id"))
                            .equals("aws_route53_cidr_collection." + label + ".id"))
                    .forEach(l -> locations.add(new CidrLocation((String) l.get("name"),
                            ((List<?>) l.get("cidr_blocks")).stream().map(Object::toString).toList())));
            CidrCollection original = design.cidrCollection(collectionIdByLabel.get(label)).orElseThrow();
            collections.add(new CidrCollection(collectionIdByLabel.get(label), (String) c.get("name"),
                    original.version(), locations));
        });
        assertThat(collections).containsExactlyInAnyOrderElementsOf(design.cidrCollections());

        List<RecordSet> rebuilt = new ArrayList<>();
        resources(parsed, "aws_route53_record").forEach((label, r) -> {
            rebuilt.add(recordSet(r, zone.id(), checkIdByLabel, collectionIdByLabel));
            assertThat(text).contains("# terraform import aws_route53_record." + label + " " + zone.id() + "_");
        });
        List<RecordSet> expected = zone.recordSets().stream().filter(r -> !ZoneDiff.isApexSoaOrNs(zone, r)).toList();
        assertThat(rebuilt).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void txtValuesAreWrittenTheWayTheProviderQuotesThem() throws Exception {
        HostedZone zone = new HostedZone("Z1", DomainName.of("example.com."), false, List.of(
                RecordSet.simple("txt.example.com.", RecordType.TXT, 300, "\"v=spf1 -all\"", "\"a\" \"b\"",
                        "\"${not_interpolated}\"")));
        String text = new TerraformExporter().export(Design.of(zone), ExportOptions.DEFAULT).main().text();
        assertThat(text).contains("records = [\"v=spf1 -all\", \"a\\\" \\\"b\", \"$${not_interpolated}\"]");
        Map<String, Object> parsed = new HCLParser().parse(text);
        // hcl4j leaves the template escape $${ as written; terraform reads it as a literal ${ (checked by
        // TerraformValidateTest, where an unescaped ${...} would be an undeclared reference)
        assertThat(resources(parsed, "aws_route53_record").values().iterator().next().get("records"))
                .isEqualTo(List.of("v=spf1 -all", "a\" \"b", "$${not_interpolated}"));
    }

    @Test
    void aBrokenDesignWithTwoEqualRecordSetsStillGetsTwoDistinctResources() throws Exception {
        RecordSet twice = RecordSet.simple("www.example.com.", RecordType.A, 60, "192.0.2.1");
        HostedZone zone = new HostedZone("Z1", DomainName.of("example.com."), false, List.of(twice, twice));
        String text = new TerraformExporter().export(Design.of(zone), ExportOptions.DEFAULT).main().text();
        assertThat(resources(new HCLParser().parse(text), "aws_route53_record")).hasSize(2);
    }

    /** Rebuilds a record set from the parsed resource (hcl4j resolves var.zone_id to its default). */
    private static RecordSet recordSet(Map<String, Object> r, String zoneId, Map<String, String> checks,
                                       Map<String, String> collections) {
        RecordType type = RecordType.valueOf((String) r.get("type"));
        Long ttl = r.get("ttl") == null ? null : ((Number) r.get("ttl")).longValue();
        List<String> values = new ArrayList<>();
        if (r.get("records") != null) {
            for (Object v : (List<?>) r.get("records")) {
                values.add(type == RecordType.TXT || type == RecordType.SPF ? "\"" + v + "\"" : v.toString());
            }
        }
        AliasTarget alias = null;
        if (r.get("alias") instanceof Map<?, ?> a) {
            alias = new AliasTarget((String) a.get("zone_id"), DomainName.of((String) a.get("name")),
                    (Boolean) a.get("evaluate_target_health"));
        }
        String check = r.get("health_check_id") == null ? null
                : checks.getOrDefault(r.get("health_check_id").toString().split("\\.")[1],
                r.get("health_check_id").toString());
        assertThat(r.get("zone_id")).isEqualTo(zoneId);
        return new RecordSet(DomainName.of((String) r.get("name")), type, (String) r.get("set_identifier"),
                routing(r, collections),
                ttl, values, alias, check, null);
    }

    private static Routing routing(Map<String, Object> r, Map<String, String> collections) {
        if (r.get("weighted_routing_policy") instanceof Map<?, ?> w) {
            return new WeightedRouting(((Number) w.get("weight")).longValue());
        }
        if (r.get("failover_routing_policy") instanceof Map<?, ?> f) {
            return new FailoverRouting(FailoverRole.valueOf((String) f.get("type")));
        }
        if (r.get("latency_routing_policy") instanceof Map<?, ?> l) {
            return new LatencyRouting((String) l.get("region"));
        }
        if (r.get("geolocation_routing_policy") instanceof Map<?, ?> g) {
            return new GeolocationRouting(new GeoLocation((String) g.get("continent"), (String) g.get("country"),
                    (String) g.get("subdivision")));
        }
        if (r.get("geoproximity_routing_policy") instanceof Map<?, ?> p) {
            Map<?, ?> c = p.get("coordinates") instanceof Map<?, ?> m ? m : Map.of();
            return new GeoproximityRouting(new GeoProximityLocation((String) p.get("aws_region"),
                    (String) p.get("local_zone_group"), (String) c.get("latitude"), (String) c.get("longitude"),
                    p.get("bias") == null ? null : ((Number) p.get("bias")).longValue()));
        }
        if (r.get("cidr_routing_policy") instanceof Map<?, ?> i) {
            String ref = String.valueOf(i.get("collection_id")); // hcl4j keeps references as text
            return new IpBasedRouting(collections.getOrDefault(ref.split("\\.")[1], ref),
                    (String) i.get("location_name"));
        }
        if (Boolean.TRUE.equals(r.get("multivalue_answer_routing_policy"))) {
            return MultiValueRouting.INSTANCE;
        }
        return SimpleRouting.INSTANCE;
    }
}
