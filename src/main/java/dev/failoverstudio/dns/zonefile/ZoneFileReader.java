package dev.failoverstudio.dns.zonefile;

import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.Routing;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TTL;
import org.xbill.DNS.Type;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an RFC 1035 zone file with dnsjava's {@link Master}, one logical line at a time so every problem is
 * reported with its line number, and turns it into a hosted zone. The {@code ; AWS} comments that
 * {@link ZoneFileExporter} writes restore routing, set identifiers, health checks, aliases and values as written;
 * a plain zone file gives simple record sets, one per name and type.
 *
 * <p>Supported directives: {@code $ORIGIN}, {@code $TTL}; {@code $INCLUDE} and {@code $GENERATE} are refused.
 * Only class IN and the types Route 53 supports (R10) are accepted.
 */
public final class ZoneFileReader {

    /** Every field an AWS comment may carry; anything else is reported, never ignored. */
    static final List<String> KNOWN_KEYS = List.of("ZONE", "origin", "id",
            "private", "RECORD", "name", "type", "ttl", "value", "aliasHostedZoneId", "aliasDnsName",
            "evaluateTargetHealth", "identifier", "routing", "weight", "failover", "region", "continentCode",
            "countryCode", "subdivisionCode", "awsRegion", "localZoneGroup", "latitude", "longitude", "bias",
            "cidrCollectionId", "cidrLocation", "healthCheckId", "trafficPolicyInstanceId");

    /** The hosted zone ID used when neither the caller nor the file gives one. */
    public static final String DEFAULT_ZONE_ID = "ZZONEFILE";

    /**
     * @param origin the zone's origin, or null to take it from the file ({@code ; AWS ZONE}, {@code $ORIGIN} or
     *               the SOA owner)
     * @param zoneId the hosted zone ID, or null to take it from the file or use {@link #DEFAULT_ZONE_ID}
     */
    public ZoneFileImport read(String file, String text, DomainName origin, String zoneId) throws ZoneFileException {
        Objects.requireNonNull(file, "file");
        State state = new State(file);
        if (origin != null) {
            state.origin = dnsName(origin, state, 0);
        }
        for (LogicalLine line : LogicalLine.split(text)) {
            state.line(line);
        }
        if (!state.problems.isEmpty()) {
            throw new ZoneFileException(state.problems);
        }
        DomainName zoneOrigin = origin != null ? origin
                : state.headerOrigin != null ? state.headerOrigin
                : state.firstOrigin != null ? DnsNames.fromDns(state.firstOrigin)
                : state.soaOwner;
        if (zoneOrigin == null) {
            throw new ZoneFileException(List.of(file + ": the zone's origin is unknown: give it, or add $ORIGIN or an"
                    + " SOA record"));
        }
        String id = zoneId != null ? zoneId : state.headerId != null ? state.headerId : DEFAULT_ZONE_ID;
        List<RecordSet> recordSets = new ArrayList<>();
        state.sets.values().forEach(b -> recordSets.add(b.build()));
        return new ZoneFileImport(new HostedZone(id, zoneOrigin, state.privateZone, recordSets), state.warnings);
    }

    private static Name dnsName(DomainName name, State state, int line) {
        try {
            return DnsNames.toDns(name);
        } catch (Exception e) {
            state.problems.add(state.file + ":" + line + ": not a DNS name: " + name);
            return null;
        }
    }

    /** What the lines read so far established. */
    private static final class State {
        final String file;
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<RecordSetKey, RecordSetBuilder> sets = new LinkedHashMap<>();
        Name origin;
        Name firstOrigin;
        DomainName headerOrigin;
        String headerId;
        boolean privateZone;
        DomainName soaOwner;
        long defaultTtl = -1;
        long lastTtl = -1;
        Name lastOwner;

        State(String file) {
            this.file = file;
        }

        void problem(LogicalLine line, String message) {
            problems.add(file + ":" + line.number() + ": " + message);
        }

        void line(LogicalLine line) {
            Map<String, String> aws;
            try {
                aws = line.comment() == null ? null : AwsComment.parse(line.comment());
            } catch (IllegalArgumentException e) {
                problem(line, "malformed '; AWS' comment: " + e.getMessage());
                return;
            }
            if (aws != null) {
                for (String key : aws.keySet()) {
                    if (!KNOWN_KEYS.contains(key)) {
                        problem(line, "unknown field '" + key + "' in the '; AWS' comment; known: "
                                + String.join(", ", KNOWN_KEYS));
                        return;
                    }
                }
            }
            String content = line.content();
            if (content.isBlank()) {
                if (aws != null && aws.containsKey("ZONE")) {
                    header(line, aws);
                } else if (aws != null && aws.containsKey("RECORD")) {
                    recordComment(line, aws);
                }
                return;
            }
            String stripped = content.strip();
            if (stripped.startsWith("$")) {
                directive(line, stripped);
                return;
            }
            record(line, content, aws);
        }

        private void header(LogicalLine line, Map<String, String> aws) {
            try {
                if (aws.containsKey("origin")) {
                    headerOrigin = DomainName.of(aws.get("origin"));
                    if (origin == null) {
                        origin = DnsNames.toDns(headerOrigin);
                    }
                }
            } catch (Exception e) {
                problem(line, "origin is not a domain name: " + aws.get("origin"));
            }
            headerId = aws.get("id");
            privateZone = Boolean.parseBoolean(aws.getOrDefault("private", "false"));
        }

        private void directive(LogicalLine line, String text) {
            String[] words = text.split("\\s+");
            String keyword = words[0].toUpperCase(java.util.Locale.ROOT);
            try {
                switch (keyword) {
                    case "$ORIGIN" -> {
                        origin = Name.fromString(words[1], origin);
                        if (firstOrigin == null) {
                            firstOrigin = origin;
                        }
                    }
                    case "$TTL" -> defaultTtl = TTL.parseTTL(words[1]);
                    default -> problem(line, keyword + " is not supported; only $ORIGIN and $TTL are");
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                problem(line, keyword + " needs an argument");
            } catch (Exception e) {
                problem(line, keyword + ": " + e.getMessage());
            }
        }

        private void record(LogicalLine line, String content, Map<String, String> aws) {
            String text = content;
            if (Character.isWhitespace(content.charAt(0))) {
                if (lastOwner == null) {
                    problem(line, "the record has no owner name and no earlier record to take it from");
                    return;
                }
                text = lastOwner + content;
            }
            long ttl = defaultTtl >= 0 ? defaultTtl : lastTtl;
            Record record;
            try (Master master = new Master(new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8)),
                    origin, ttl)) {
                record = master.nextRecord();
            } catch (Exception e) {
                problem(line, message(e));
                return;
            }
            if (record == null) {
                return;
            }
            lastOwner = record.getName();
            lastTtl = record.getTTL();
            if (record.getDClass() != DClass.IN) {
                problem(line, "class " + DClass.string(record.getDClass()) + " is not supported; Route 53 zones are IN");
                return;
            }
            RecordType type = RecordType.parse(Type.string(record.getType())).orElse(null);
            if (type == null) {
                problem(line, "type " + Type.string(record.getType()) + " is not supported by Route 53 (R10)");
                return;
            }
            DomainName owner = DnsNames.fromDns(record.getName());
            if (type == RecordType.SOA && soaOwner == null) {
                soaOwner = owner;
            }
            String value = aws != null && aws.containsKey("value") ? aws.get("value") : record.rdataToString();
            add(line, owner, type, record.getTTL(), value, null, aws == null ? Map.of() : aws);
        }

        private void recordComment(LogicalLine line, Map<String, String> aws) {
            try {
                DomainName name = DomainName.of(RoutingFields.required(aws, "name"));
                RecordType type = RecordType.parse(RoutingFields.required(aws, "type")).orElseThrow(
                        () -> new IllegalArgumentException("type " + aws.get("type") + " is not supported (R10)"));
                Long ttl = aws.containsKey("ttl") ? RoutingFields.number(aws, "ttl") : null;
                AliasTarget alias = null;
                if (aws.containsKey("aliasDnsName")) {
                    alias = new AliasTarget(RoutingFields.required(aws, "aliasHostedZoneId"),
                            DomainName.of(aws.get("aliasDnsName")),
                            Boolean.parseBoolean(RoutingFields.required(aws, "evaluateTargetHealth")));
                }
                add(line, name, type, ttl, aws.get("value"), alias, aws);
            } catch (IllegalArgumentException e) {
                problem(line, "'; AWS RECORD' comment: " + e.getMessage());
            }
        }

        private void add(LogicalLine line, DomainName name, RecordType type, Long ttl, String value, AliasTarget alias,
                         Map<String, String> aws) {
            Routing routing;
            try {
                routing = RoutingFields.read(aws);
            } catch (IllegalArgumentException e) {
                problem(line, "'; AWS' comment: " + e.getMessage());
                return;
            }
            RecordSetKey key = new RecordSetKey(name, type, aws.get("identifier"));
            RecordSetBuilder builder = sets.get(key);
            if (builder == null) {
                builder = new RecordSetBuilder(key, routing, ttl, alias, aws.get("healthCheckId"),
                        aws.get("trafficPolicyInstanceId"));
                sets.put(key, builder);
            } else {
                if (!Objects.equals(builder.ttl, ttl)) {
                    warnings.add(file + ":" + line.number() + ": " + key.describe() + " has TTL " + ttl
                            + " here but " + builder.ttl + " earlier; the first TTL is kept (one TTL per record set)");
                }
                if (!builder.routing.equals(routing) || !Objects.equals(builder.healthCheckId, aws.get("healthCheckId"))) {
                    problem(line, key.describe() + ": the '; AWS' fields differ from an earlier line of the same"
                            + " record set");
                    return;
                }
            }
            if (value != null) {
                builder.values.add(value);
            }
        }

        private static String message(Exception e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // dnsjava prefixes "<stream>:<line>:"; the line is always 1 here, ours is added by the caller
            return m.replaceFirst("^[^:]*:\\s*\\d+:\\s*", "");
        }
    }

    private static final class RecordSetBuilder {
        final RecordSetKey key;
        final Routing routing;
        final Long ttl;
        final AliasTarget alias;
        final String healthCheckId;
        final String trafficPolicyInstanceId;
        final List<String> values = new ArrayList<>();

        RecordSetBuilder(RecordSetKey key, Routing routing, Long ttl, AliasTarget alias, String healthCheckId,
                         String trafficPolicyInstanceId) {
            this.key = key;
            this.routing = routing;
            this.ttl = ttl;
            this.alias = alias;
            this.healthCheckId = healthCheckId;
            this.trafficPolicyInstanceId = trafficPolicyInstanceId;
        }

        RecordSet build() {
            return new RecordSet(key.name(), key.type(), key.setIdentifier(), routing, ttl, values, alias,
                    healthCheckId, trafficPolicyInstanceId);
        }
    }
}
