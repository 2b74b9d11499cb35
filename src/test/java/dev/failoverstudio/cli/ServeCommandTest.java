package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve DESIGN}: answers on the bound address, follows edits of the file, stops when interrupted. */
class ServeCommandTest {

    private static final Path DESIGN = Path.of("src/test/resources/dns/served-failover.json");
    private static final String PRIMARY_UP = "\"55555555-eeee-4000-8000-000000000001\": true";
    private static final String PRIMARY_DOWN = "\"55555555-eeee-4000-8000-000000000001\": false";
    private static final Pattern ADDRESS = Pattern.compile(" on 127\\.0\\.0\\.1:(\\d+) \\(UDP and TCP\\)");

    @Test
    void servesReloadsOnChangeAndStopsWhenInterrupted_R81(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.json");
        Files.copy(DESIGN, file);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread serving = new Thread(() -> status.set(FailoverStudioCommand.commandLine(Services.create(),
                new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("serve", file.toString(), "--port", "0", "--check-every", "20")), "serve-under-test");
        serving.start();
        try {
            await(() -> ADDRESS.matcher(out.toString()).find(), "the startup line");
            String startup = out.toString().lines().findFirst().orElseThrow();
            assertThat(startup).startsWith("serving example.com. from " + file + " on 127.0.0.1:");
            Matcher m = ADDRESS.matcher(startup);
            assertThat(m.find()).isTrue();
            SimpleResolver resolver = new SimpleResolver(new InetSocketAddress("127.0.0.1",
                    Integer.parseInt(m.group(1))));
            resolver.setTimeout(Duration.ofSeconds(5));
            assertThat(answer(resolver)).containsExactly("192.0.2.10");

            replace(file, PRIMARY_UP, PRIMARY_DOWN);
            await(() -> out.toString().contains("reloaded " + file), "the reload");
            assertThat(answer(resolver)).containsExactly("198.51.100.10");

            // a broken edit is reported and the previous design keeps answering
            replace(file, "\"Failover\": \"SECONDARY\"", "\"Failover\": \"TERTIARY\"");
            await(() -> err.toString().contains("was not reloaded"), "the rejected reload");
            assertThat(err.toString()).contains(file.toString());
            assertThat(answer(resolver)).containsExactly("198.51.100.10");
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(status.get()).isZero();
        assertThat(out.toString()).contains("stopped");
    }

    @Test
    void anInvalidDesignIsNotServed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"zone\": ", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("serve", file.toString(), "--port", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString());
        assertThat(run.out()).doesNotContain("serving");
    }

    @Test
    void aTakenPortIsReported() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", DESIGN.toString(), "--port", "" + taken.getLocalPort());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort());
        }
    }

    private static List<String> answer(SimpleResolver resolver) throws IOException {
        Message response = resolver.send(Message.newQuery(
                Record.newRecord(Name.fromString("www.example.com."), Type.A, DClass.IN)));
        return response.getSection(Section.ANSWER).stream().map(Record::rdataToString).toList();
    }

    /** Rewrites the file the way editors do: a new file renamed over the old one. */
    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text.replace(from, to), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
