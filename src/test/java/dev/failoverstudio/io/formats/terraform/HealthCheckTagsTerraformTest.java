package dev.failoverstudio.io.formats.terraform;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.io.formats.SampleDesigns;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health-check tags become {@code aws_route53_health_check.tags}, parsed back by a real HCL parser. */
class HealthCheckTagsTerraformTest {

    @Test
    @SuppressWarnings("unchecked")
    void userTagsAreWrittenBesideTheExportersNameAndIdTags() throws Exception {
        Design sample = SampleDesigns.design(Path.of("samples/latency-weighted-tree.json"));
        List<HealthCheck> checks = new ArrayList<>(sample.healthChecks());
        checks.set(0, checks.get(0).withTags(List.of(new HealthCheckTag("region", "us-east-1"),
                new HealthCheckTag("cost:center", "4 2"), new HealthCheckTag("note", "${not interpolated}"))));
        checks.set(1, checks.get(1).withTags(List.of(new HealthCheckTag("Name", "Virginia B"))));
        Design design = sample.withHealthChecks(checks);
        String text = new TerraformExporter().export(design, ExportOptions.DEFAULT).main().text();
        Map<String, Object> parsed = new HCLParser().parse(text);
        Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) parsed.get("resource")).get("aws_route53_health_check");
        Map<String, Map<String, Object>> tagsById = new java.util.HashMap<>();
        resources.values().forEach(r -> {
            Map<String, Object> tags = (Map<String, Object>) r.get("tags");
            tagsById.put((String) tags.get("failover-studio:id"), tags);
        });
        assertThat(tagsById.get(checks.get(0).id())).containsEntry("region", "us-east-1")
                .containsEntry("cost:center", "4 2").containsEntry("Name", "use1-a");
        assertThat(text).containsPattern("note +" + java.util.regex.Pattern.quote("= \"$${not interpolated}\""));
        assertThat(tagsById.get(checks.get(1).id())).containsEntry("Name", "Virginia B").hasSize(2);
        assertThat(tagsById.get(checks.get(2).id())).containsOnlyKeys("Name", "failover-studio:id");
    }
}
