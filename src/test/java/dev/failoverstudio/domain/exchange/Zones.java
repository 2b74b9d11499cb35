package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.domain.validate.ChangeBatchApplier;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.domain.validate.Validated;
import dev.failoverstudio.io.assets.GeoTablesLoader;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Record sets of the zone {@code example.com.} ({@value #ZONE_ID}) and a Route 53-like applier for them. */
final class Zones {

    static final String ZONE_ID = "Z3M3LMPEXAMPLE";
    static final DomainName ORIGIN = DomainName.of("example.com.");
    static final GeoTables GEO = GeoTablesLoader.loadBundled();
    static final RecordSet SOA = new RecordSet(ORIGIN, RecordType.SOA, null, SimpleRouting.INSTANCE, 900L,
            List.of("ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400"), null, null, null);
    static final RecordSet NS = new RecordSet(ORIGIN, RecordType.NS, null, SimpleRouting.INSTANCE, 172800L,
            List.of("ns-1.awsdns-01.com.", "ns-2.awsdns-02.net."), null, null, null);

    private Zones() {
    }

    static HostedZone zone(RecordSet... records) {
        List<RecordSet> all = new ArrayList<>(List.of(SOA, NS));
        all.addAll(List.of(records));
        return new HostedZone(ZONE_ID, ORIGIN, false, all);
    }

    static RecordSet a(String name, String... values) {
        return new RecordSet(DomainName.of(name), RecordType.A, null, SimpleRouting.INSTANCE, 60L, List.of(values),
                null, null, null);
    }

    static RecordSet cname(String name, String target) {
        return new RecordSet(DomainName.of(name), RecordType.CNAME, null, SimpleRouting.INSTANCE, 300L,
                List.of(target), null, null, null);
    }

    static RecordSet weighted(String name, String id, long weight, String value) {
        return new RecordSet(DomainName.of(name), RecordType.A, id, new WeightedRouting(weight), 60L, List.of(value),
                null, null, null);
    }

    static RecordSet failover(String name, String id, FailoverRole role, String value) {
        return new RecordSet(DomainName.of(name), RecordType.A, id, new FailoverRouting(role), 60L, List.of(value),
                null, null, null);
    }

    /** An in-zone alias of type A with Evaluate Target Health on. */
    static RecordSet alias(String name, String id, Routing routing, String target) {
        return new RecordSet(DomainName.of(name), RecordType.A, id, routing, null, List.of(),
                new AliasTarget(ZONE_ID, DomainName.of(target), true), null, null);
    }

    static RecordSet simpleAlias(String name, String target) {
        return alias(name, null, SimpleRouting.INSTANCE, target);
    }

    /** Applies the batch to {@code zone} the way Route 53 does and asserts it is accepted. */
    static HostedZone applyAccepted(HostedZone zone, ChangeBatch batch) {
        Validated<HostedZone> result = new ChangeBatchApplier(GEO).apply(Design.of(zone), ZONE_ID, batch);
        assertThat(result.errors()).as("errors of %s", batch).extracting(Problem::message).isEmpty();
        return result.value();
    }

    /** Applies every change as its own batch, in order; each must be accepted. */
    static HostedZone applyOneByOne(HostedZone zone, List<Change> changes) {
        HostedZone current = zone;
        for (Change change : changes) {
            current = applyAccepted(current, ChangeBatch.of(change));
        }
        return current;
    }
}
