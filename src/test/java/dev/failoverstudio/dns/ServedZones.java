package dev.failoverstudio.dns;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.ImportException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Test designs and a resolver for a server on an ephemeral loopback port. */
final class ServedZones {

    static final Path FAILOVER = Path.of("src/test/resources/dns/served-failover.json");
    static final Path NO_LOCATION_ROUTING = Path.of("samples/active-passive-failover.json");

    private ServedZones() {
    }

    static Design design(Services services, Path file) {
        try {
            return services.formats().scenarioReader().read(file).design();
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The served-failover design with the primary's health check observed failing. */
    static Design failoverWithPrimaryDown(Services services) {
        try {
            String json = Files.readString(FAILOVER, StandardCharsets.UTF_8)
                    .replace("\"55555555-eeee-4000-8000-000000000001\": true",
                            "\"55555555-eeee-4000-8000-000000000001\": false");
            return services.formats().scenarioReader().read("primary-down.json", json).design();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    static DnsServer start(Services services, Design design) throws IOException {
        DnsServer server = services.dnsServer(DnsServerConfig.loopback(0).withUdpWorkers(2), design);
        server.start();
        return server;
    }

    /** A resolver without EDNS0 (classic 512-byte UDP) for {@code server}. */
    static SimpleResolver resolver(DnsServer server) {
        SimpleResolver resolver = new SimpleResolver(server.address());
        resolver.setTimeout(Duration.ofSeconds(5));
        resolver.setEDNS(-1, 0, 0, List.of());
        return resolver;
    }

    static Message query(String name, int type) {
        try {
            return Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN));
        } catch (TextParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
