package dev.failoverstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless contract of scenario-format.md, exercised through the real command tree. */
class CommandLineContractTest {

    private static final String SAMPLE = "samples/latency-weighted-tree.json";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void resolvePrintsOneJsonDocumentWithResultsInQueryOrder() throws IOException {
        CliRun run = CliRun.of("resolve", "--scenario", SAMPLE);
        assertThat(run.status()).isZero();
        JsonNode doc = json.readTree(run.out());
        assertThat(doc.get("title").asText()).startsWith("Latency alias");
        JsonNode results = doc.get("results");
        assertThat(results).hasSize(5);
        JsonNode first = results.get(0);
        assertThat(first.get("name").asText()).isEqualTo("example.com.");
        assertThat(first.get("type").asText()).isEqualTo("A");
        assertThat(first.get("client").get("region").asText()).isEqualTo("us-east-1");
        assertThat(first.get("rcode").asText()).isEqualTo("NOERROR");
        assertThat(first.get("answerType").asText()).isEqualTo("A");
        assertThat(first.get("ttl").asLong()).isEqualTo(60);
        assertThat(first.get("answers").get(0).asText()).isIn("198.51.100.21", "198.51.100.22");
        assertThat(first.get("trace")).isNotEmpty();
        assertThat(first.get("trace").get(0).has("step")).isTrue();
        assertThat(first.get("trace").findValuesAsText("rule")).contains("R45");
        assertThat(first.has("samples")).isFalse();
        assertThat(results.get(4).get("rcode").asText()).isEqualTo("NXDOMAIN");
    }

    @Test
    void resolveWithSamplesCountsOutcomesAndRepeatsWithTheSameSeed() throws IOException {
        CliRun a = CliRun.of("resolve", "--scenario", SAMPLE, "--samples", "4000", "--seed", "7");
        CliRun b = CliRun.of("resolve", "--scenario", SAMPLE, "--samples", "4000", "--seed", "7");
        assertThat(a.out()).isEqualTo(b.out());
        JsonNode samples = json.readTree(a.out()).get("results").get(0).get("samples");
        assertThat(samples.get("total").asInt()).isEqualTo(4000);
        int sum = 0;
        for (JsonNode o : samples.get("outcomes")) {
            sum += o.get("count").asInt();
        }
        assertThat(sum).isEqualTo(4000);
        assertThat(samples.get("outcomes")).hasSize(2);
        // 75/25 weights: the larger outcome comes first and is within 5 sigma of 3,000
        assertThat(samples.get("outcomes").get(0).get("answers").get(0).asText()).isEqualTo("198.51.100.21");
        assertThat(samples.get("outcomes").get(0).get("count").asInt()).isBetween(2862, 3138);
    }

    @Test
    void resolveSingleQueryFromOptions() throws IOException {
        CliRun run = CliRun.of("resolve", "--scenario", "samples/geolocation-with-default.json",
                "--name", "www.example.com", "--type", "A", "--country", "US", "--subdivision", "CA");
        assertThat(run.status()).isZero();
        JsonNode result = json.readTree(run.out()).get("results").get(0);
        assertThat(result.get("answers").get(0).asText()).isEqualTo("198.51.100.6");
        assertThat(result.get("client").get("subdivision").asText()).isEqualTo("CA");
    }

    @Test
    void checkReportsFailuresWithDifferencesAndExitsNonZero(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("samples/geolocation-without-default.json"))
                .replace("\"answers\": [\"2001:db8:e0::10\"], \"ttl\": 300", "\"answers\": [\"2001:db8:a0::10\"], \"ttl\": 300");
        Path file = dir.resolve("wrong.json");
        Files.writeString(file, text);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + file + " $.queries[0]")
                .contains("answers: expected [2001:db8:a0::10], got [2001:db8:e0::10]")
                .containsPattern("(?m)^4 passed, 1 failed$");
    }

    @Test
    void malformedJsonIsRejectedWithFileAndLocationAndStatus2(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"zone\": \"example.com.\",\n  \"queries\": [ }\n");
        for (String[] args : new String[][] {{"resolve", "--scenario", file.toString()}, {"check", file.toString()},
                {"validate", file.toString()}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains(file.toString()).contains("line 3");
            assertThat(run.out()).doesNotContain("\"results\"").doesNotContain("passed,");
        }
    }

    @Test
    void designBreakingARuleIsRejectedBeforeResolvingWithPathAndRule(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(SAMPLE)).replace("\"Weight\": 75", "\"Weight\": 300");
        Path file = dir.resolve("weight.json");
        Files.writeString(file, text);
        CliRun run = CliRun.of("resolve", "--scenario", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file.toString()).contains("$.resourceRecordSets[6]").contains("V20");
    }

    @Test
    void validateListsProblemsAsTextOrJsonAndExits1OnErrors(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(SAMPLE))
                .replace("\"DNSName\": \"us-east-1-www.example.com.\"", "\"DNSName\": \"missing.example.com.\"");
        Path file = dir.resolve("dangling.json");
        Files.writeString(file, text);
        CliRun textRun = CliRun.of("validate", file.toString());
        assertThat(textRun.status()).isEqualTo(1);
        assertThat(textRun.out()).contains("ERROR   V33").contains("$.resourceRecordSets[2]");
        CliRun jsonRun = CliRun.of("validate", file.toString(), "--json");
        assertThat(jsonRun.status()).isEqualTo(1);
        JsonNode problems = json.readTree(jsonRun.out());
        assertThat(problems.isArray()).isTrue();
        assertThat(problems.findValuesAsText("code")).contains("V33");
        assertThat(problems.findValuesAsText("path")).contains("$.resourceRecordSets[2]");
        assertThat(CliRun.of("validate", SAMPLE).status()).isZero();
    }
}
