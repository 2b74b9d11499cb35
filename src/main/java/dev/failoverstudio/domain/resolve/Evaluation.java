package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.domain.net.IpPrefix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The state of answering one query: the reference algorithm of R150 with name processing (R20–R24), health
 * of record sets (R40–R42) memoised per group (R150 "SHOULD memoise"), alias following (R140), cycle
 * detection (A25) and the composition of the response (authority section R31, wire size R30, S8 fields).
 *
 * <p>The client's location depends on the zone that answers (private zones use the VPC's Region, R94, R107,
 * R171), so it is derived once the zone is known.
 */
final class Evaluation {

    private static final Map<RoutingPolicy, PolicySelector> SELECTORS = selectors();

    private final CompiledDesign compiled;
    private final HealthStatus health;
    private final ClientContext clientContext;
    private final Decisions decisions;
    /** False when an {@link AnswerCache} records the evaluation and puts the values in random order itself. */
    private final boolean shuffleAnswers;
    private final Trace trace;
    private final List<RecordSetKey> path = new ArrayList<>(4);
    /** R150 memo of target-group health for this query; created on first use (most queries need none). */
    private Map<GroupKey, Boolean> groupHealth;
    /**
     * Target-group health shared by the evaluations of one survey, per zone (the client's location depends on the
     * zone); null when this evaluation keeps its own.
     */
    private final Map<ZoneIndex, Map<GroupKey, Boolean>> sharedGroupHealth;
    /**
     * The groups on the current path. Most chains are a few groups long, so a list beats a hash set here; even a
     * 20,000-level chain (A22) is answered in seconds.
     */
    private final List<GroupKey> evaluatingHealth = new ArrayList<>(4);
    private final List<GroupKey> answering = new ArrayList<>(4);
    private ZoneIndex zone;
    private ClientLocation client;
    private Query query;
    /** Set when an alias cycle was met: the response is SERVFAIL (A25). */
    private boolean broken;

    Evaluation(CompiledDesign compiled, HealthStatus health, ClientContext client, RandomGenerator random,
               boolean traced) {
        this(compiled, health, client, Decisions.live(random), traced, true);
    }

    Evaluation(CompiledDesign compiled, HealthStatus health, ClientContext client, Decisions decisions,
               boolean traced, boolean shuffleAnswers) {
        this(compiled, health, client, decisions, traced ? Trace.recording() : Trace.OFF, shuffleAnswers);
    }

    /**
     * An evaluation recording into {@code trace} (e.g. one that also collects health findings). With
     * {@code sharedGroupHealth} it also shares what it learns of target groups' health with other evaluations for the
     * same health status and client: a group's health (R41) depends on them and on its zone, not on the query. Only
     * for designs without alias cycles, where a group's verdict does not depend on the path that reached it (A25).
     *
     * @param sharedGroupHealth target-group health per zone, or null for a memo of this evaluation's own
     */
    Evaluation(CompiledDesign compiled, HealthStatus health, ClientContext client, RandomGenerator random,
               Trace trace, Map<ZoneIndex, Map<GroupKey, Boolean>> sharedGroupHealth) {
        this(compiled, health, client, Decisions.live(random), trace, true, sharedGroupHealth);
    }

    private Evaluation(CompiledDesign compiled, HealthStatus health, ClientContext client, Decisions decisions,
                       Trace trace, boolean shuffleAnswers) {
        this(compiled, health, client, decisions, trace, shuffleAnswers, null);
    }

    private Evaluation(CompiledDesign compiled, HealthStatus health, ClientContext client, Decisions decisions,
                       Trace trace, boolean shuffleAnswers, Map<ZoneIndex, Map<GroupKey, Boolean>> sharedGroupHealth) {
        this.compiled = compiled;
        this.health = health;
        this.clientContext = client == null ? ClientContext.UNMAPPED : client;
        this.decisions = decisions;
        this.shuffleAnswers = shuffleAnswers;
        this.trace = trace;
        this.sharedGroupHealth = sharedGroupHealth;
    }

    private static Map<RoutingPolicy, PolicySelector> selectors() {
        Map<RoutingPolicy, PolicySelector> m = new EnumMap<>(RoutingPolicy.class);
        m.put(RoutingPolicy.SIMPLE, new SimpleSelector());
        m.put(RoutingPolicy.WEIGHTED, new WeightedSelector());
        m.put(RoutingPolicy.FAILOVER, new FailoverSelector());
        m.put(RoutingPolicy.LATENCY, new LatencySelector());
        m.put(RoutingPolicy.GEOLOCATION, new GeolocationSelector());
        m.put(RoutingPolicy.GEOPROXIMITY, new GeoproximitySelector());
        m.put(RoutingPolicy.MULTIVALUE, new MultiValueSelector());
        m.put(RoutingPolicy.IP_BASED, new IpBasedSelector());
        return Map.copyOf(m);
    }

    ClientLocation client() {
        return client;
    }

    Decisions decisions() {
        return decisions;
    }

    Trace trace() {
        return trace;
    }

    GeoTables geo() {
        return compiled.geo();
    }

    RankingCache rankings() {
        return compiled.rankings();
    }

    CidrTable cidrTable(String collectionId) {
        return compiled.cidrTable(collectionId);
    }

    // ---------------------------------------------------------------- name processing (R20–R24)

    /**
     * Answers {@code query}. Alias chains are followed to any depth (A22): a design whose chains nest deeper than a
     * thread's stack comfortably takes is answered with a stack of its own ({@link DeepStack}).
     */
    Resolution resolve(Query query) {
        return DeepStack.call(compiled.aliasLevels(), () -> resolveHere(query));
    }

    private Resolution resolveHere(Query query) {
        this.query = query;
        DomainName qname = query.name();
        if (query.isMetaType()) {
            if (trace.on()) {
                trace.add(0, "query", null, query.type() + " is a meta type Route 53 does not answer", "R32");
            }
            return finish(Rcode.NOTIMP);
        }
        zone = compiled.zoneFor(qname);
        if (zone == null) {
            if (trace.on()) {
                trace.add(0, "zone", null, qname.text() + " lies in no hosted zone of the design", "A2");
            }
            return finish(Rcode.REFUSED);
        }
        client = new ClientLocation(clientContext, compiled.geo(), zone.zone().privateZone());
        if (trace.on()) {
            trace.add(0, "zone", null, "answered from " + (zone.zone().privateZone() ? "private" : "public")
                    + " zone " + zone.origin().text(), "R20");
        }
        if (zone.zone().privateZone() && trace.on()) {
            trace.add(0, "client", null, "private zone: the client is located by " + client.referenceDescription
                    + "; EDNS0 client subnet and client coordinates are not used", "R171");
        }

        DomainName cut = zone.delegationCovering(qname);
        if (cut != null) {
            if (trace.on()) {
                trace.add(0, "delegation", cut.text() + " NS", qname.text() + " is at or below the delegation "
                        + cut.text() + ": referral with the NS set in the authority section, empty answer", "R21");
            }
            List<DnsRecord> referral = referral(cut);
            return compose(Rcode.NOERROR, List.of(), null, null, referral, WireSize.sectionLength(referral));
        }

        RecordType type = query.recordType().orElse(null);
        if (zone.exists(qname)) {
            return exactName(qname, type, query.type(), false);
        }
        DomainName encloser = qname.parent();
        while (encloser != null && !zone.exists(encloser)) {
            encloser = encloser.parent();
        }
        DomainName wildcard = encloser == null ? null : encloser.wildcardChild();
        if (wildcard != null && zone.hasRecordSets(wildcard)) {
            if (trace.on()) {
                trace.add(0, "wildcard", wildcard.text(), qname.text() + " does not exist; its closest encloser "
                        + encloser.text() + " has the wildcard, answered as if at " + qname.text(), "R24");
            }
            return exactName(wildcard, type, query.type(), true);
        }
        if (trace.on()) {
            trace.add(0, "name", qname.text(), "no record set has this name or a name below it, and no wildcard "
                    + "covers it: NXDOMAIN", "R24");
        }
        return negative(Rcode.NXDOMAIN);
    }

    /** R23 at an existing name (or at the wildcard standing in for it, R24/R25). */
    private Resolution exactName(DomainName name, RecordType type, String typeText, boolean viaWildcard) {
        String rule = viaWildcard ? "R25" : "R23";
        if (type != null && !zone.group(name, type).isEmpty()) {
            if (trace.on()) {
                trace.add(0, "group", name.text() + " " + type, "the group exists and is evaluated", rule);
            }
            return finishAnswer(answer(new GroupKey(name, type), 0), type.name());
        }
        if (type != RecordType.CNAME && !zone.group(name, RecordType.CNAME).isEmpty()) {
            if (trace.on()) {
                trace.add(0, "group", name.text() + " CNAME", "no " + typeText + " group but a CNAME group: the "
                        + "chosen CNAME record answers for every type; the resolver follows it", "R161");
            }
            return finishAnswer(answer(new GroupKey(name, RecordType.CNAME), 0), RecordType.CNAME.name());
        }
        if (trace.on()) {
            trace.add(0, "name", name.text(), "the name exists but has no " + typeText
                    + " record set: NODATA with the SOA in the authority section", rule);
        }
        return negative(Rcode.NOERROR);
    }

    private Resolution finishAnswer(Outcome outcome, String answerType) {
        if (broken) {
            return finish(Rcode.SERVFAIL);
        }
        if (outcome.values.isEmpty()) {
            return negative(Rcode.NOERROR);
        }
        List<String> values = outcome.values;
        if (values.size() > 1 && shuffleAnswers) {
            values = new ArrayList<>(values);
            shuffle(values, decisions.opaque());
        }
        if (answerType.equals("NS") && query.name().equals(zone.origin())) {
            return compose(Rcode.NOERROR, values, answerType, outcome.ttl, List.of(), 0);
        }
        return compose(Rcode.NOERROR, values, answerType, outcome.ttl, zone.apexNsRecords(), zone.apexNsBytes());
    }

    /** NXDOMAIN or NODATA: the SOA in the authority section, the negative-caching TTL (R23, R31, R181). */
    /** R29: several values come in random order (Fisher–Yates, one draw per position). */
    static void shuffle(List<String> values, RandomGenerator random) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String tmp = values.get(i);
            values.set(i, values.get(j));
            values.set(j, tmp);
        }
    }

    private Resolution negative(Rcode rcode) {
        return compose(rcode, List.of(), null, zone.negativeTtl(), List.of(zone.soaRecord()), zone.soaBytes());
    }

    /** REFUSED, NOTIMP, SERVFAIL: nothing to answer and nothing to cache. */
    private Resolution finish(Rcode rcode) {
        return compose(rcode, List.of(), null, null, List.of(), 0);
    }

    private Resolution compose(Rcode rcode, List<String> answers, String answerType, Long ttl,
                               List<DnsRecord> authority, int authorityBytes) {
        IpPrefix ecs = client != null ? client.ecsSubnet : ClientLocation.ecs(clientContext.ecsSubnet());
        WireSize.Estimate wire = WireSize.estimate(query, answerType, answers, authorityBytes, ecs);
        String nameserver = zone == null ? null : zone.nameserver();
        return new Resolution(rcode, answers, answerType, ttl, trace.steps(), path, query, nameserver, authority,
                wire.bytes(), wire.protocol());
    }

    /** R21: the delegation's NS records, as the authority section of a referral. */
    private List<DnsRecord> referral(DomainName cut) {
        List<DnsRecord> records = new ArrayList<>();
        for (RecordSet ns : zone.group(cut, RecordType.NS)) {
            for (String value : ns.values()) {
                records.add(new DnsRecord(cut, RecordType.NS.name(), ns.ttl() == null ? 0 : ns.ttl(), value));
            }
        }
        return records;
    }

    // ---------------------------------------------------------------- answer (R150)

    /** R150 answer(): evaluate a group, follow the chosen alias, or return the chosen values. */
    private Outcome answer(GroupKey key, int depth) {
        if (answering.contains(key)) {
            broken = true;
            if (trace.on()) {
                trace.add(depth, "alias", key.describe(), "alias chain comes back to a group already being answered: "
                        + "a cycle, answered SERVFAIL", "A25");
            }
            return Outcome.none();
        }
        answering.add(key);
        try {
            List<RecordSet> group = policyGroup(zone.group(key.name(), key.type()), depth);
            if (group.isEmpty()) {
                if (trace.on()) {
                    trace.add(depth, "alias", key.describe(), "alias target group does not exist", "V33");
                }
                return Outcome.none();
            }
            PolicySelector selector = SELECTORS.get(group.get(0).policy());
            List<RecordSet> chosen = selector.select(group, this, depth);
            if (chosen.isEmpty()) {
                if (trace.on()) {
                    trace.fallback(depth, "no answer", key.describe(),
                            "no record set of the group applies to this client", "R26");
                }
                return Outcome.none();
            }
            for (RecordSet rs : chosen) {
                path.add(rs.key());
            }
            if (chosen.size() > 1 || group.get(0).policy() == RoutingPolicy.MULTIVALUE) {
                return union(chosen, depth);
            }
            return recordSetAnswer(chosen.get(0), depth);
        } finally {
            answering.remove(answering.size() - 1);
        }
    }

    /** The record sets of the group's policy; a mixed group (V11) is answered with its first record set's policy. */
    private List<RecordSet> policyGroup(List<RecordSet> group, int depth) {
        if (group.size() < 2) {
            return group;
        }
        RoutingPolicy policy = group.get(0).policy();
        boolean mixed = false;
        for (RecordSet rs : group) {
            mixed |= rs.policy() != policy;
        }
        if (!mixed) {
            return group;
        }
        List<RecordSet> same = new ArrayList<>();
        for (RecordSet rs : group) {
            if (rs.policy() == policy) {
                same.add(rs);
            }
        }
        if (trace.on()) {
            trace.add(depth, "group", group.get(0).groupKey().describe(), "the group mixes routing policies; only its "
                    + policy.label() + " record sets are used", "V11");
        }
        return same;
    }

    private Outcome recordSetAnswer(RecordSet rs, int depth) {
        if (!rs.isAlias()) {
            if (trace.on()) {
                trace.add(depth, "answer", rs.describe(), rs.values().size() + " value(s), TTL " + rs.ttl(),
                        "R150");
            }
            return new Outcome(rs.values(), rs.ttl());
        }
        AliasTarget target = rs.aliasTarget();
        if (zone.zone().isInZone(target)) {
            GroupKey next = new GroupKey(target.dnsName(), rs.type());
            if (trace.on()) {
                trace.add(depth, "alias", rs.describe(), "answered as if the query were for " + next.describe()
                        + "; the answer keeps the queried name", "R140");
            }
            return answer(next, depth + 1);
        }
        return resourceAnswer(rs, depth);
    }

    /** Multivalue (R123): the union of the chosen record sets' values; the TTL is the smallest of theirs. */
    private Outcome union(List<RecordSet> chosen, int depth) {
        List<String> values = new ArrayList<>();
        Long ttl = null;
        for (RecordSet rs : chosen) {
            Outcome part = recordSetAnswer(rs, depth);
            values.addAll(part.values);
            if (part.ttl != null) {
                ttl = ttl == null ? part.ttl : Math.min(ttl, part.ttl);
            }
        }
        return new Outcome(values, ttl);
    }

    /** R145: the addresses of the AWS resource from the catalog (C9), consulted at query time (R146). */
    private Outcome resourceAnswer(RecordSet rs, int depth) {
        AliasTarget target = rs.aliasTarget();
        AwsResource resource = compiled.design().resourceCatalog().find(target.dnsName()).orElse(null);
        if (resource == null) {
            if (trace.on()) {
                trace.add(depth, "alias", rs.describe(), "AWS resource " + target.dnsName().text()
                        + " is not in the resource catalog, so its addresses are unknown", "C9");
            }
            return Outcome.none();
        }
        List<String> addresses;
        if (rs.type() == RecordType.A) {
            addresses = resource.ipv4();
        } else if (rs.type() == RecordType.AAAA) {
            boolean dualstack = target.dnsName().firstLabel().equals("dualstack");
            addresses = resource.kind() != null && resource.kind().isLoadBalancer() && !dualstack
                    ? List.of() : resource.ipv6();
        } else {
            addresses = List.of();
        }
        if (addresses.size() > 1 && (resource.kind() == AwsResourceKind.GLOBAL_ACCELERATOR
                || resource.kind() == AwsResourceKind.S3_WEBSITE)) {
            addresses = List.of(addresses.get(decisions.uniform(addresses.size())));
        }
        if (trace.on()) {
            trace.add(depth, "answer", rs.describe(), "AWS resource " + target.dnsName().text() + " answers "
                    + addresses.size() + " address(es), TTL " + resource.effectiveTtl(), "R145");
        }
        return addresses.isEmpty() ? Outcome.none() : new Outcome(addresses, resource.effectiveTtl());
    }

    // ---------------------------------------------------------------- health questions without a query

    /**
     * Places the evaluation in the zone that holds {@code name} (R20) with the client located for that zone, as
     * {@link #resolve} does, so the health of one record set or group can be asked directly. False when no zone of
     * the design holds the name.
     */
    boolean enterZoneOf(DomainName name) {
        zone = compiled.zoneFor(name);
        if (zone == null) {
            return false;
        }
        client = new ClientLocation(clientContext, compiled.geo(), zone.zone().privateZone());
        return true;
    }

    /** The record sets of the entered zone with this name and type (empty when none). */
    List<RecordSet> groupOfEnteredZone(GroupKey key) {
        return zone.group(key.name(), key.type());
    }

    /** R41, asked of any group of the entered zone as if it were an alias target with Evaluate Target Health. */
    boolean aliasTargetHealthy(GroupKey key) {
        return groupHealthy(key, 0);
    }

    /** R42, asked of any AWS resource of the catalog. */
    boolean resourceTargetHealthy(DomainName name) {
        return resourceHealthy(name, 0);
    }

    // ---------------------------------------------------------------- health (R40–R42)

    /** R40: own health check AND, with Evaluate Target Health, the target's health. */
    boolean healthy(RecordSet rs, int depth) {
        String why = "no health check";
        String rule = "R40";
        if (rs.healthCheckId() != null) {
            HealthVerdict verdict = health.verdict(rs.healthCheckId());
            if (!verdict.healthy()) {
                if (trace.on()) {
                    trace.recordSetHealth(depth, rs, false, "unhealthy: health check " + rs.healthCheckId() + " "
                            + verdict.reason(), verdict.rule());
                }
                return false;
            }
            if (trace.on()) {
                why = "health check " + rs.healthCheckId() + " " + verdict.reason();
                rule = verdict.rule();
            }
        }
        if (rs.isAlias() && rs.aliasTarget().evaluateTargetHealth()) {
            AliasTarget target = rs.aliasTarget();
            boolean targetHealthy;
            String targetRule;
            if (zone.zone().isInZone(target)) {
                targetHealthy = groupHealthy(new GroupKey(target.dnsName(), rs.type()), depth + 1);
                targetRule = "R41";
            } else {
                targetHealthy = resourceHealthy(target.dnsName(), depth + 1);
                targetRule = "R42";
            }
            if (!targetHealthy) {
                if (trace.on()) {
                    trace.recordSetHealth(depth, rs, false, "unhealthy: Evaluate Target Health and the target "
                            + target.dnsName().text() + " is unhealthy, so this branch is backed out of", "R45");
                }
                return false;
            }
            if (trace.on()) {
                why = (rs.healthCheckId() == null ? "" : why + "; ") + "target " + target.dnsName().text()
                        + " is healthy";
                rule = targetRule;
            }
        } else if (rs.isAlias() && trace.on()) {
            why = why + "; Evaluate Target Health is off, the target is not consulted";
            rule = "R46";
        }
        if (trace.on()) {
            trace.recordSetHealth(depth, rs, true, "healthy: " + why, rule);
        }
        return true;
    }

    /** R41: a target group is healthy when an applicable record set is healthy; no last resort here. */
    private boolean groupHealthy(GroupKey key, int depth) {
        if (groupHealth == null && sharedGroupHealth != null) {
            groupHealth = sharedGroupHealth.computeIfAbsent(zone, z -> new HashMap<>());
        }
        Boolean known = groupHealth == null ? null : groupHealth.get(key);
        if (known != null) {
            if (trace.on()) {
                trace.targetGroupHealth(depth, key, known, (known ? "healthy" : "unhealthy")
                        + " (evaluated earlier for this query)", "R41");
            }
            return known;
        }
        if (evaluatingHealth.contains(key)) {
            broken = true;
            if (trace.on()) {
                trace.targetGroupHealth(depth, key, false,
                        "alias cycle while evaluating target health: answered SERVFAIL", "A25");
            }
            return false;
        }
        evaluatingHealth.add(key);
        boolean result = false;
        try {
            List<RecordSet> group = policyGroup(zone.group(key.name(), key.type()), depth);
            if (group.isEmpty()) {
                if (trace.on()) {
                    trace.targetGroupHealth(depth, key, false, "the target group does not exist: unhealthy",
                            "V33");
                }
            } else {
                List<RecordSet> applicable = SELECTORS.get(group.get(0).policy()).applicable(group, this, depth);
                if (applicable.isEmpty()) {
                    if (trace.on()) {
                        trace.targetGroupHealth(depth, key, false,
                                "no record set applies to this client: unhealthy", "A5");
                    }
                }
                for (RecordSet rs : applicable) {
                    if (healthy(rs, depth)) {
                        result = true;
                        break;
                    }
                }
                if (trace.on()) {
                    trace.targetGroupHealth(depth, key, result, result ? "healthy: an applicable record set "
                            + "is healthy" : "unhealthy: no applicable record set is healthy", "R41");
                }
            }
        } finally {
            evaluatingHealth.remove(evaluatingHealth.size() - 1);
        }
        if (groupHealth == null) {
            groupHealth = new HashMap<>(8);
        }
        groupHealth.put(key, result);
        return result;
    }

    /** R42 and A6: the health of an AWS resource target as the catalog describes it. */
    private boolean resourceHealthy(DomainName name, int depth) {
        AwsResource resource = compiled.design().resourceCatalog().find(name).orElse(null);
        if (resource == null) {
            if (trace.on()) {
                trace.resourceHealth(depth, name, false, "not in the resource catalog: counted unhealthy "
                        + "because it cannot supply an answer", "C9");
            }
            return false;
        }
        if (Boolean.FALSE.equals(resource.healthy())) {
            if (trace.on()) {
                trace.resourceHealth(depth, name, false, "the resource catalog marks it unhealthy", "R42");
            }
            return false;
        }
        AwsResourceKind kind = resource.kind();
        if (kind == AwsResourceKind.CLASSIC_LOAD_BALANCER && !resource.targetGroups().isEmpty()) {
            int healthyInstances = 0;
            for (TargetGroupHealth tg : resource.targetGroups()) {
                healthyInstances += tg.healthyTargets();
            }
            if (healthyInstances == 0) {
                if (trace.on()) {
                    trace.resourceHealth(depth, name, false, "no registered instance of the Classic Load "
                            + "Balancer is healthy", "R42");
                }
                return false;
            }
        }
        if ((kind == AwsResourceKind.APPLICATION_LOAD_BALANCER || kind == AwsResourceKind.NETWORK_LOAD_BALANCER)
                && !resource.targetGroups().isEmpty()) {
            boolean anyRegistered = false;
            for (TargetGroupHealth tg : resource.targetGroups()) {
                if (tg.registeredTargets() > 0) {
                    anyRegistered = true;
                    if (tg.healthyTargets() == 0) {
                        if (trace.on()) {
                            trace.resourceHealth(depth, name, false, "target group " + tg.name()
                                    + " has registered targets but none healthy", "A6");
                        }
                        return false;
                    }
                }
            }
            if (!anyRegistered) {
                if (trace.on()) {
                    trace.resourceHealth(depth, name, false, "no target group has registered targets", "A6");
                }
                return false;
            }
        }
        if (trace.on()) {
            trace.resourceHealth(depth, name, true, "healthy", "R42");
        }
        return true;
    }

    /** What answering one group produced. */
    private record Outcome(List<String> values, Long ttl) {
        private static final Outcome NONE = new Outcome(List.of(), null);

        static Outcome none() {
            return NONE;
        }
    }
}
