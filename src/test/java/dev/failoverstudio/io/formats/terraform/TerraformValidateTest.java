package dev.failoverstudio.io.formats.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code terraform validate} with the hashicorp/aws provider over the export of every sample, each as a child
 * module of one root module, plus one deliberately broken module that must be the only one reported. Needs
 * terraform on the PATH and the provider available offline in a plugin directory ({@code TF_PLUGIN_DIR}, default
 * {@code /opt/tf-plugins}); otherwise skipped with a message.
 */
class TerraformValidateTest {

    private static Path terraform() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "terraform");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String run(Path dir, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("TF_CLI_CONFIG_FILE"); // points at a missing file on some machines
        builder.environment().put("TF_IN_AUTOMATION", "1");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    @Test
    void everyExportedSampleValidatesWithTheAwsProvider(@TempDir Path dir) throws Exception {
        Path terraform = terraform();
        assumeTrue(terraform != null, "terraform is not installed; terraform validate skipped");
        Path plugins = Path.of(System.getenv().getOrDefault("TF_PLUGIN_DIR", "/opt/tf-plugins"));
        assumeTrue(Files.isDirectory(plugins.resolve("registry.terraform.io/hashicorp/aws")),
                "no offline hashicorp/aws provider under " + plugins + "; terraform validate skipped");
        StringBuilder root = new StringBuilder();
        List<Path> samples = SampleDesigns.files();
        for (int i = 0; i < samples.size(); i++) {
            Path module = dir.resolve("m" + i);
            Files.createDirectories(module);
            Files.writeString(module.resolve("route53.tf"), new TerraformExporter()
                    .export(SampleDesigns.design(samples.get(i)), ExportOptions.DEFAULT).main().text());
            root.append("module \"m").append(i).append("\" {\n  source = \"./m").append(i).append("\"\n}\n");
        }
        Path txt = dir.resolve("txt");
        Files.createDirectories(txt);
        Files.writeString(txt.resolve("route53.tf"), new TerraformExporter().export(Design.of(new HostedZone("Z1",
                DomainName.of("example.com."), false, List.of(RecordSet.simple("txt.example.com.", RecordType.TXT,
                        300, "\"${not_interpolated}\"", "\"a\" \"b\"")))), ExportOptions.DEFAULT).main().text());
        root.append("module \"txt\" {\n  source = \"./txt\"\n}\n");
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("broken.tf"), String.join("\n",
                "resource \"aws_route53_record\" \"bad\" {",
                "  zone_id = \"Z1\"",
                "  name    = \"www.example.com\"",
                "  type    = \"A\"",
                "  ttll    = 60",
                "}", ""));
        root.append("module \"broken\" {\n  source = \"./broken\"\n}\n");
        Files.writeString(dir.resolve("main.tf"), root.toString());

        run(dir, List.of(terraform.toString(), "init", "-backend=false", "-input=false", "-no-color",
                "-plugin-dir=" + plugins));
        JsonNode result = ObjectMappers.create().readTree(run(dir, List.of(terraform.toString(), "validate", "-json",
                "-no-color")));
        List<String> files = new ArrayList<>();
        for (JsonNode d : result.path("diagnostics")) {
            if (d.path("severity").asText().equals("error")) {
                files.add(d.path("range").path("filename").asText() + ": " + d.path("summary").asText()
                        + " " + d.path("detail").asText());
            }
        }
        assertThat(files).as(result.toString()).isNotEmpty()
                .allSatisfy(f -> assertThat(f).startsWith("broken/broken.tf"));
        assertThat(result.path("warning_count").asInt()).as(result.toString()).isZero();
    }
}
