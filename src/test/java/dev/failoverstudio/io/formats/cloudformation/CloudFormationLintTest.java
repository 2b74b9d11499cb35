package dev.failoverstudio.io.formats.cloudformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.io.formats.SampleDesigns;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exported templates checked by a real consumer: {@code cfn-lint}, which validates every resource against
 * the CloudFormation resource provider schemas AWS publishes (the successor of the resource specification).
 * cfn-lint is a Python tool that is not on every machine; without it these tests are skipped with a message.
 */
class CloudFormationLintTest {

    private static final ObjectMapper MAPPER = ObjectMappers.create();
    private static String cfnLint;

    @BeforeAll
    static void findCfnLint() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "cfn-lint");
            if (Files.isExecutable(candidate)) {
                cfnLint = candidate.toString();
                return;
            }
        }
    }

    /** cfn-lint's exit status is a bit set: 2 = error, 4 = warning, 8 = informational. */
    private static Result lint(List<Path> templates) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(cfnLint, "--format", "parseable", "--"));
        templates.forEach(t -> command.add(t.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) {
    }

    @Test
    void everyExportedSampleTemplatePassesCfnLint(@TempDir Path dir) throws Exception {
        assumeTrue(cfnLint != null, "cfn-lint is not installed (pip install cfn-lint); CloudFormation lint skipped");
        List<Path> templates = new ArrayList<>();
        for (Path sample : SampleDesigns.files()) {
            for (boolean yaml : new boolean[] {true, false}) {
                ExportResult result = new CloudFormationExporter(MAPPER, yaml)
                        .export(SampleDesigns.design(sample), ExportOptions.DEFAULT);
                Path file = dir.resolve(sample.getFileName() + (yaml ? ".yaml" : ".json"));
                Files.writeString(file, result.main().text());
                templates.add(file);
            }
        }
        Result result = lint(templates);
        // The one finding allowed: the AWS::Route53::CidrCollection schema types CidrList entries as IPv4
        // networks while Route 53 collections hold IPv6 blocks too (R14); the exporter notes each such block.
        List<String> findings = result.output().lines().filter(l -> !l.isBlank())
                .filter(l -> !l.matches(".*:E3002:'[0-9a-f:]+/\\d+' is not a 'ipv4-network'$")).toList();
        assertThat(findings).as(result.output()).isEmpty();
    }

    @Test
    void cfnLintDoesRejectABrokenRoute53Template(@TempDir Path dir) throws Exception {
        assumeTrue(cfnLint != null, "cfn-lint is not installed (pip install cfn-lint); CloudFormation lint skipped");
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, String.join("\n",
                "Resources:",
                "  Www:",
                "    Type: AWS::Route53::RecordSet",
                "    Properties: {HostedZoneId: Z1, Name: www.example.com., Type: A, Tll: '60', Weight: heavy,",
                "                 ResourceRecords: [192.0.2.1]}",
                ""));
        Result result = lint(List.of(file));
        assertThat(result.status() & 2).isNotZero();
        assertThat(result.output()).contains("Tll");
    }
}
