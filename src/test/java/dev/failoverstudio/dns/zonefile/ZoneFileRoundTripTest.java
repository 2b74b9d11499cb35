package dev.failoverstudio.dns.zonefile;

import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.io.formats.SampleDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.Master;
import org.xbill.DNS.Record;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Zone files written with dnsjava, routing kept in '; AWS' comments (peers-and-formats §5 H), read back equal. */
class ZoneFileRoundTripTest {

    private final ZoneFileExporter exporter = new ZoneFileExporter();
    private final ZoneFileReader reader = new ZoneFileReader();

    static List<Path> samples() {
        return SampleDesigns.files();
    }

    private static List<Record> parseWhole(String text) throws Exception {
        List<Record> records = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
                records.add(r);
            }
        }
        return records;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void r3_everySampleZoneReadsBackEqual(Path sample) throws Exception {
        Design design = SampleDesigns.design(sample);
        HostedZone zone = design.zones().get(0);
        ExportResult result = exporter.export(design, ExportOptions.DEFAULT);
        ZoneFileImport read = reader.read(result.main().name(), result.main().text(), null, null);
        assertThat(read.zone()).isEqualTo(zone);
        assertThat(read.warnings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theWholeFileIsAValidMasterFileForDnsjava(Path sample) throws Exception {
        Design design = SampleDesigns.design(sample);
        HostedZone zone = design.zones().get(0);
        String text = exporter.export(design, ExportOptions.DEFAULT).main().text();
        long plainValues = zone.recordSets().stream().filter(r -> !r.isAlias())
                .mapToLong(r -> r.values().size()).sum();
        assertThat(parseWhole(text)).hasSize((int) plainValues);
    }

    @Test
    void routingAliasesAndOddValuesSurvive() throws Exception {
        DomainName origin = DomainName.of("example.com.");
        HostedZone zone = new HostedZone("Z9", origin, true, List.of(
                new RecordSet(DomainName.of("www.example.com."), RecordType.A, "eu", new GeolocationRouting(
                        GeoLocation.continent("EU")), 60L, List.of("192.0.2.1"), null, "hc-1", null),
                new RecordSet(DomainName.of("www.example.com."), RecordType.A, "default", new GeolocationRouting(
                        GeoLocation.defaultLocation()), null, List.of(),
                        new AliasTarget("Z9", DomainName.of("fallback.example.com."), true), null, null),
                new RecordSet(DomainName.of("geo.example.com."), RecordType.AAAA, "x", new GeoproximityRouting(
                        new GeoProximityLocation(null, null, "48.86", "-2.35", -20L)), 30L,
                        List.of("2001:db8::1"), null, null, null),
                new RecordSet(DomainName.of("lat.example.com."), RecordType.TXT, "use1", new LatencyRouting("us-east-1"),
                        30L, List.of("\"a \\\"quoted\\\" ; semicolon\" \"second\""), null, null, null),
                new RecordSet(DomainName.of("bad.example.com."), RecordType.A, null, SimpleRouting.INSTANCE, 30L,
                        List.of("not-an-address"), null, null, null),
                new RecordSet(DomainName.of("*.example.com."), RecordType.MX, null, SimpleRouting.INSTANCE, 300L,
                        List.of("10 mail.example.com", "20 mail2.example.com."), null, null, null)));
        ExportResult result = exporter.export(Design.of(zone), ExportOptions.DEFAULT);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.rule()).isEqualTo("V18"));
        assertThat(reader.read("z", result.main().text(), null, null).zone()).isEqualTo(zone);
    }

    @Test
    void aPlainBindZoneFileGivesSimpleRecordSets() throws Exception {
        String text = String.join("\n",
                "$ORIGIN example.org.",
                "$TTL 3600",
                "@   IN SOA ns1.example.org. hostmaster.example.org. (",
                "        2024010101 ; serial",
                "        7200 900 1209600 300 )",
                "    IN NS ns1",
                "www 60 IN A 192.0.2.1",
                "    60 IN A 192.0.2.2",
                "mail IN MX 10 www",
                "");
        HostedZone zone = reader.read("plain.zone", text, null, "ZPLAIN").zone();
        assertThat(zone.origin()).isEqualTo(DomainName.of("example.org."));
        assertThat(zone.id()).isEqualTo("ZPLAIN");
        assertThat(zone.recordSets()).extracting(RecordSet::describe).containsExactly("example.org. SOA",
                "example.org. NS", "www.example.org. A", "mail.example.org. MX");
        RecordSet www = zone.recordSets().get(2);
        assertThat(www.values()).containsExactly("192.0.2.1", "192.0.2.2");
        assertThat(www.ttl()).isEqualTo(60L);
        assertThat(zone.recordSets().get(1).values()).containsExactly("ns1.example.org.");
        assertThat(zone.recordSets().get(1).ttl()).isEqualTo(3600L);
        assertThat(zone.recordSets().get(3).values()).containsExactly("10 www.example.org.");
    }

    @Test
    void problemsAreReportedWithTheirLineNumbers() {
        String text = String.join("\n",
                "$ORIGIN example.org.",
                "www 60 IN A 192.0.2.300",
                "x 60 IN HINFO \"a\" \"b\"",
                "y 60 IN A 192.0.2.1 ; AWS routing=\"WEIGHTED\"",
                "$INCLUDE other.zone",
                "z 60 IN A 192.0.2.1 ; AWS routing=\"WEIGHTED\" wieght=\"3\"",
                "");
        assertThatThrownBy(() -> reader.read("bad.zone", text, null, null))
                .isInstanceOfSatisfying(ZoneFileException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).startsWith("bad.zone:2: "),
                        p -> assertThat(p).startsWith("bad.zone:3: ").contains("HINFO"),
                        p -> assertThat(p).startsWith("bad.zone:4: ").contains("weight"),
                        p -> assertThat(p).startsWith("bad.zone:5: ").contains("$INCLUDE"),
                        p -> assertThat(p).startsWith("bad.zone:6: ").contains("unknown field 'wieght'")));
    }

    @Test
    void differingTtlsInOneRecordSetKeepTheFirstWithAWarning() throws Exception {
        String text = "a.example.org. 60 IN A 192.0.2.1\na.example.org. 30 IN A 192.0.2.2\n";
        ZoneFileImport read = reader.read("ttl.zone", text, DomainName.of("example.org"), null);
        assertThat(read.zone().recordSets()).singleElement().satisfies(r -> assertThat(r.ttl()).isEqualTo(60L));
        assertThat(read.warnings()).singleElement().asString().startsWith("ttl.zone:2: ");
    }
}
