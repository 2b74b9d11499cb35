package dev.failoverstudio.dns.zonefile;

import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.DesignZones;
import dev.failoverstudio.domain.exchange.ExportNote;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a hosted zone as an RFC 1035 zone file with dnsjava ({@link Record#toString()}), one resource record
 * per line with absolute names. What plain DNS cannot express is kept in {@code ; AWS key="value"} comments so
 * that {@link ZoneFileReader} gives the same zone back:
 *
 * <ul>
 *   <li>routing policy, set identifier, health check and traffic policy instance as a trailing comment on each
 *       value line of the record set;</li>
 *   <li>the value as written, when dnsjava presents it differently (e.g. a CNAME target without the final dot);</li>
 *   <li>alias record sets, and values dnsjava cannot parse, as comment-only lines {@code ; AWS RECORD ...} that
 *       other DNS software ignores.</li>
 * </ul>
 *
 * Note that a DNS server loading the file serves all values of a name and type together: the routing is only in
 * the comments.
 */
public final class ZoneFileExporter implements DesignExporter {

    public static final String ID = "zone-file";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Zone file (RFC 1035, routing in comments)";
    }

    @Override
    public ExportResult export(Design design, ExportOptions options) {
        HostedZone zone = DesignZones.pick(design, options.zoneId());
        List<ExportNote> notes = new ArrayList<>();
        DesignZones.noteOtherZones(design, zone, notes);
        StringBuilder out = new StringBuilder();
        out.append("; Zone file for ").append(zone.origin().text()).append(" written by Failover Studio.\n")
                .append("; Routing fields that plain DNS cannot express are kept in '; AWS' comments; alias record\n")
                .append("; sets are comment-only lines. A DNS server loading this file answers with every value of a\n")
                .append("; name and type together, without the routing.\n");
        Map<String, String> header = new LinkedHashMap<>();
        header.put("ZONE", "");
        header.put("origin", zone.origin().text());
        header.put("id", zone.id());
        header.put("private", Boolean.toString(zone.privateZone()));
        out.append(AwsComment.format(header)).append('\n');
        int aliases = 0;
        for (RecordSet r : zone.recordSets()) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (r.setIdentifier() != null) {
                fields.put("identifier", r.setIdentifier());
            }
            RoutingFields.put(r.routing(), fields);
            if (r.healthCheckId() != null) {
                fields.put("healthCheckId", r.healthCheckId());
            }
            if (r.trafficPolicyInstanceId() != null) {
                fields.put("trafficPolicyInstanceId", r.trafficPolicyInstanceId());
            }
            if (r.isAlias() || r.values().isEmpty()) {
                aliases += r.isAlias() ? 1 : 0;
                out.append(recordLine(r, fields, null)).append('\n');
                continue;
            }
            for (String value : r.values()) {
                String line = dnsLine(r, value);
                if (line == null) {
                    notes.add(new ExportNote(r.describe(), "V18", "value " + value + " is not valid " + r.type()
                            + " data for DNS software; kept as a comment-only line"));
                    out.append(recordLine(r, fields, value)).append('\n');
                    continue;
                }
                Map<String, String> lineFields = new LinkedHashMap<>(fields);
                String shown = line.substring(line.lastIndexOf('\t') + 1);
                if (!shown.equals(value)) {
                    lineFields.put("value", value);
                }
                String comment = AwsComment.format(lineFields);
                out.append(line).append(comment.isEmpty() ? "" : " " + comment).append('\n');
            }
        }
        if (aliases > 0) {
            notes.add(new ExportNote(zone.origin().text(), "R27", aliases + " alias record set(s) have no zone file"
                    + " form; they are kept as '; AWS RECORD' comment lines"));
        }
        notes.add(new ExportNote(zone.origin().text(), null, "health checks are not part of a zone file; export"
                + " them with another format"));
        if (!design.cidrCollections().isEmpty()) {
            notes.add(new ExportNote(zone.origin().text(), "R14", "CIDR collections are not part of a zone file;"
                    + " IP-based record sets name them by ID in their comments"));
        }
        String fileName = zone.origin().isRoot() ? "root.zone" : zone.origin().text() + "zone";
        return new ExportResult(List.of(new ExportedFile(fileName, out.toString())), notes);
    }

    /** The record as dnsjava writes it, or null when dnsjava cannot parse the value. */
    private static String dnsLine(RecordSet r, String value) {
        try {
            Name owner = DnsNames.toDns(r.name());
            int type = Type.value(r.type().name());
            Record record = Record.fromString(owner, type, DClass.IN, r.ttl() == null ? 0 : r.ttl(), value,
                    Name.root); // Route 53 reads names in values as absolute (V18)
            return owner + "\t" + record.getTTL() + "\tIN\t" + r.type().name() + "\t" + record.rdataToString();
        } catch (TextParseException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String recordLine(RecordSet r, Map<String, String> routing, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("RECORD", "");
        fields.put("name", r.name().text());
        fields.put("type", r.type().name());
        if (r.ttl() != null) {
            fields.put("ttl", Long.toString(r.ttl()));
        }
        if (value != null) {
            fields.put("value", value);
        }
        if (r.aliasTarget() != null) {
            fields.put("aliasHostedZoneId", r.aliasTarget().hostedZoneId());
            fields.put("aliasDnsName", r.aliasTarget().dnsName().text());
            fields.put("evaluateTargetHealth", Boolean.toString(r.aliasTarget().evaluateTargetHealth()));
        }
        fields.putAll(routing);
        return AwsComment.format(fields);
    }
}
