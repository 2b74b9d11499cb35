package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.Generate.pick;

/**
 * Property: any record sets the model can hold, with any characters in their names (R1 escapes), survive
 * write → read unchanged.
 */
class RecordSetRoundTripPropertyTest {

    /** Characters for labels: plain ones and ones the API writes as octal escapes (R1). */
    private static final List<Character> LABEL_CHARS = List.of('a', 'z', 'Q', '0', '9', '-', '_', '*', '@', ' ',
            '.', '\\', '!', '(', 'é');

    private final ObjectMapper mapper = ObjectMappers.create();
    private final Route53JsonReader reader = new Route53JsonReader(mapper);
    private final Route53JsonWriter writer = new Route53JsonWriter(mapper);

    @Test
    void writtenRecordSetsReadBackEqual() {
        qt().withExamples(300).forAll(lists().of(recordSets()).ofSizeBetween(0, 6)).checkAssert(recordSets -> {
            String written = writer.writeRecordSets(recordSets);
            try {
                assertThat(reader.readRecordSets("generated.json", written)).isEqualTo(recordSets);
            } catch (ImportException e) {
                throw new AssertionError(e.getMessage() + "\n" + written, e);
            }
        });
    }

    private static Gen<DomainName> names() {
        Gen<String> label = lists().of(pick(LABEL_CHARS)).ofSizeBetween(1, 6).map(chars -> {
            StringBuilder text = new StringBuilder();
            for (char c : chars) {
                boolean escape = c == '.' || c == '\\' || c == ' ';
                text.append(escape ? String.format("\\%03o", (int) c) : String.valueOf(c));
            }
            return text.toString();
        });
        return lists().of(label).ofSizeBetween(1, 4).map(labels -> DomainName.of(String.join(".", labels)));
    }

    private static Gen<Routing> routings() {
        Gen<Routing> weighted = integers().between(-5, 400).map(w -> new WeightedRouting(w));
        Gen<Routing> latency = pick(List.of("eu-west-1", "us-east-1", "nowhere-9"))
                .map(v -> (Routing) new LatencyRouting(v));
        Gen<Routing> failover = pick(List.of(FailoverRole.values())).map(v -> (Routing) new FailoverRouting(v));
        Gen<Routing> geo = pick(List.of(GeoLocation.defaultLocation(), GeoLocation.continent("EU"),
                GeoLocation.country("DE"), GeoLocation.usState("WA"), new GeoLocation(null, null, null),
                new GeoLocation("EU", "DE", null))).map(v -> (Routing) new GeolocationRouting(v));
        Gen<Routing> proximity = pick(List.of(new GeoProximityLocation("us-east-2", null, null, null, 10L),
                new GeoProximityLocation(null, "us-west-2-lax-1", null, null, null),
                new GeoProximityLocation(null, null, "-33.87", "151.21", -99L),
                new GeoProximityLocation(null, null, "12", null, null)))
                .map(v -> (Routing) new GeoproximityRouting(v));
        Gen<Routing> cidr = pick(List.of("office", "*", "lab")).map(l -> new IpBasedRouting("c-1", l));
        Gen<Routing> fixed = pick(List.of(SimpleRouting.INSTANCE, MultiValueRouting.INSTANCE));
        return fixed.mix(weighted, 15).mix(latency, 15).mix(failover, 15).mix(geo, 15).mix(proximity, 10)
                .mix(cidr, 10);
    }

    private static Gen<RecordSet> recordSets() {
        Gen<RecordType> types = pick(List.of(RecordType.values()));
        Gen<List<String>> values = lists().of(pick(List.of("192.0.2.1", "2001:db8::1", "\"quoted text\"",
                "10 mail.example.com.", "a\\b"))).ofSizeBetween(0, 3);
        Gen<AliasTarget> aliases = names().zip(booleans().all(), pick(List.of("Z1", "/hostedzone/Z2")),
                (name, eth, zone) -> new AliasTarget(zone, name, eth));
        Gen<Long> ttls = integers().between(0, 172800).map(t -> (long) t);
        return in -> {
            boolean alias = booleans().all().generate(in);
            Routing routing = routings().generate(in);
            String setIdentifier = routing instanceof SimpleRouting && booleans().all().generate(in) ? null : "id-1";
            return new RecordSet(names().generate(in), types.generate(in), setIdentifier, routing,
                    alias ? null : ttls.generate(in), alias ? List.of() : values.generate(in),
                    alias ? aliases.generate(in) : null, booleans().all().generate(in) ? "hc-1" : null,
                    booleans().all().generate(in) ? "tp-1" : null);
        };
    }
}
