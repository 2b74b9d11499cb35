package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.Arrays;
import java.util.List;

/** Test builders for designer documents around the zone {@code example.com.} ({@value #ZONE}). */
public final class Docs {

    public static final String ZONE = "Z3M3LMPEXAMPLE";
    public static final String PUBLIC_IP = "54.239.28.85";

    private Docs() {
    }

    public static DomainName name(String relative) {
        return DomainName.of(relative.equals("@") ? "example.com." : relative + ".example.com.");
    }

    public static RecordSet weighted(String name, String setId, long weight, String value) {
        return new RecordSet(name(name), RecordType.A, setId, new WeightedRouting(weight), 60L, List.of(value), null,
                null, null);
    }

    public static RecordSet latencyAlias(String name, String region, String target) {
        return new RecordSet(name(name), RecordType.A, region, new LatencyRouting(region), null, List.of(),
                new AliasTarget(ZONE, name(target), true), null, null);
    }

    public static RecordSet alias(String name, RecordType type, String setId, Routing routing, String target) {
        return new RecordSet(name(name), type, setId, routing, null, List.of(), new AliasTarget(ZONE, name(target),
                true), null, null);
    }

    public static RecordSet simpleA(String name, String value) {
        return RecordSet.simple(name(name).text(), RecordType.A, 300, value);
    }

    public static RecordSetKey key(RecordSet r) {
        return r.key();
    }

    public static HealthCheck httpCheck(String id) {
        return new HealthCheck(id, id, EndpointCheck.http(PUBLIC_IP), false, false, 1);
    }

    public static Design design(List<HealthCheck> checks, RecordSet... records) {
        HostedZone zone = new HostedZone(ZONE, DomainName.of("example.com."), false, Arrays.asList(records));
        return new Design(List.of(zone), checks, List.of(), ResourceCatalog.EMPTY, HealthSnapshot.EMPTY);
    }

    public static DesignDocument doc(RecordSet... records) {
        return new DesignDocument(design(List.of(), records), Layout.EMPTY);
    }

    public static DesignDocument doc(List<HealthCheck> checks, RecordSet... records) {
        return new DesignDocument(design(checks, records), Layout.EMPTY);
    }

    /**
     * The Developer Guide's tree (R158 shape): latency alias www → eu/us pools of two weighted records each.
     */
    public static DesignDocument latencyWeightedTree() {
        return doc(List.of(httpCheck("hc-eu-1")),
                latencyAlias("www", "eu-west-1", "eu"),
                latencyAlias("www", "us-east-1", "us"),
                weighted("eu", "eu-1", 10, "192.0.2.1").withHealthCheckId("hc-eu-1"),
                weighted("eu", "eu-2", 10, "192.0.2.2"),
                weighted("us", "us-1", 10, "192.0.2.3"),
                weighted("us", "us-2", 10, "192.0.2.4"));
    }

    public static HostedZone zone(DesignDocument doc) {
        return doc.design().zones().get(0);
    }

    public static List<RecordSet> records(DesignDocument doc) {
        return zone(doc).recordSets();
    }
}
