package dev.failoverstudio.dns;

import dev.failoverstudio.app.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The server as BIND's {@code dig} sees it; skipped where dig is not installed. */
class DigTest {

    private static DnsServer server;

    @BeforeAll
    static void startServer() throws IOException {
        assumeTrue(dig() != null, "dig is not installed");
        Services services = Services.create();
        server = ServedZones.start(services, ServedZones.design(services, ServedZones.FAILOVER));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static Path dig() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "dig");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String dig(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(dig().toString(), "@127.0.0.1", "-p",
                "" + server.address().getPort(), "+tries=1", "+time=5"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void digSubnetGetsTheGermanAnswerAndTheScopedEcho_R170() throws Exception {
        String output = dig("geo.example.com", "A", "+subnet=85.214.0.0/24");
        assertThat(output).contains("status: NOERROR").containsPattern("flags: qr aa");
        assertThat(output).containsPattern("geo\\.example\\.com\\.\\s+60\\s+IN\\s+A\\s+192\\.0\\.2\\.49");
        assertThat(output).contains("CLIENT-SUBNET: 85.214.0.0/24/24");
    }

    @Test
    void digWithoutSubnetIsLocatedByItsLoopbackAddress_R104() throws Exception {
        String output = dig("geo.example.com", "A");
        assertThat(output).containsPattern("geo\\.example\\.com\\.\\s+60\\s+IN\\s+A\\s+203\\.0\\.113\\.1");
    }

    @Test
    void digSeesNxdomainWithTheSoa_R181() throws Exception {
        String output = dig("nope.example.com", "A");
        assertThat(output).contains("status: NXDOMAIN");
        assertThat(output).containsPattern("example\\.com\\.\\s+300\\s+IN\\s+SOA");
    }

    @Test
    void digRetriesTheTruncatedAnswerOverTcp_R30() throws Exception {
        String output = dig("big.example.com", "TXT", "+noedns");
        assertThat(output).contains("Truncated, retrying in TCP mode");
        assertThat(output).contains("ANSWER: 30");
    }
}
