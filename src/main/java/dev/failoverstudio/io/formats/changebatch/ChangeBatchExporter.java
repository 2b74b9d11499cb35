package dev.failoverstudio.io.formats.changebatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.exchange.ChangeBatchSplitter;
import dev.failoverstudio.domain.exchange.ChangeOrder;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.DesignZones;
import dev.failoverstudio.domain.exchange.ExportNote;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.exchange.ExportedFile;
import dev.failoverstudio.domain.exchange.ZoneDiff;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.io.formats.Route53JsonWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exports one hosted zone of a design for the AWS CLI (§13 S2, S5):
 *
 * <ul>
 *   <li>{@code change-batch.json} (or {@code change-batch-1.json}, {@code -2}… when V7's per-request limits
 *       force a split) for {@code aws route53 change-resource-record-sets --hosted-zone-id ID --change-batch
 *       file://change-batch.json}, every record set as CREATE or UPSERT, alias targets before the aliases that
 *       point at them ({@link ChangeOrder});</li>
 *   <li>one {@code create-health-check-NN-<id>.json} per health check for {@code aws route53 create-health-check
 *       --cli-input-json file://...}: {@code {"CallerReference", "HealthCheckConfig"}}, children of calculated
 *       checks first;</li>
 *   <li>{@code health-check-references.json}: which record sets and calculated checks refer to which health
 *       check, so the IDs Route 53 assigns can replace the design's IDs;</li>
 *   <li>one {@code change-cidr-collection-<name>.json} per CIDR collection, for {@code aws route53
 *       change-cidr-collection --cli-input-json}.</li>
 * </ul>
 *
 * The apex SOA and NS record sets are left out (Route 53 creates them with the zone and they can only be
 * UPSERTed, V9) and said so in the notes.
 */
public final class ChangeBatchExporter implements DesignExporter {

    public static final String ID = "change-batch";

    private final ObjectMapper mapper;
    private final ChangeBatchWriter writer;
    private final Route53JsonWriter route53;

    public ChangeBatchExporter(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.writer = new ChangeBatchWriter(mapper);
        this.route53 = new Route53JsonWriter(mapper);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Route 53 change batch and create-health-check inputs (JSON)";
    }

    @Override
    public ExportResult export(Design design, ExportOptions options) {
        HostedZone zone = DesignZones.pick(design, options.zoneId());
        List<ExportNote> notes = new ArrayList<>();
        DesignZones.noteOtherZones(design, zone, notes);
        List<Change> changes = new ArrayList<>();
        for (RecordSet r : zone.recordSets()) {
            if (ZoneDiff.isApexSoaOrNs(zone, r)) {
                notes.add(new ExportNote(r.describe(), "V9", "left out: Route 53 creates the apex " + r.type()
                        + " record set with the hosted zone, with its own name servers"));
                continue;
            }
            if (r.trafficPolicyInstanceId() != null) {
                notes.add(new ExportNote(r.describe(), "V53", "belongs to traffic policy instance "
                        + r.trafficPolicyInstanceId() + "; exported as a plain record set without the instance ID"));
            }
            changes.add(new Change(options.action(), r));
        }
        HostedZone empty = zone.withRecordSets(List.of());
        List<Change> ordered = ChangeOrder.order(empty, changes);
        String comment = "Failover Studio: " + zone.origin().text() + " (" + options.action() + ")";
        List<ExportedFile> files = new ArrayList<>();
        files.addAll(batchFiles(ordered, comment, notes));
        files.addAll(healthCheckFiles(design, design.healthChecks(), List.of(zone), notes));
        files.addAll(cidrCollectionFiles(design.cidrCollections(), notes));
        return new ExportResult(files, notes);
    }

    /**
     * The minimal change batch from {@code before} to {@code after} (one zone, matched by ID): only the DELETE,
     * CREATE and UPSERT changes needed, in an order Route 53 accepts, split at V7's limits; plus
     * create-health-check inputs for the checks that {@code after} adds.
     */
    public ExportResult exportDiff(Design before, Design after, String zoneId) {
        HostedZone newZone = DesignZones.pick(after, zoneId);
        HostedZone oldZone = before.zones().stream().filter(z -> z.id().equals(newZone.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the earlier design has no hosted zone with ID "
                        + newZone.id()));
        List<ExportNote> notes = new ArrayList<>();
        ZoneDiff.Result diff = ZoneDiff.between(oldZone, newZone);
        for (RecordSet kept : diff.keptApexRecordSets()) {
            notes.add(new ExportNote(kept.describe(), "V9", "not deleted: the apex " + kept.type()
                    + " record set always exists"));
        }
        List<ExportedFile> files = new ArrayList<>();
        if (diff.changes().isEmpty()) {
            notes.add(new ExportNote(newZone.origin().text(), null, "no record set changed; no change batch needed"));
            files.add(new ExportedFile("change-batch.json", "{}\n"));
        } else {
            files.addAll(batchFiles(diff.changes(), "Failover Studio: update " + newZone.origin().text(), notes));
        }
        List<HealthCheck> added = new ArrayList<>();
        for (HealthCheck check : after.healthChecks()) {
            HealthCheck previous = before.healthCheck(check.id()).orElse(null);
            if (previous == null) {
                added.add(check);
            } else if (!previous.equals(check)) {
                notes.add(new ExportNote("health check " + check.id(), "HV2", "changed; update it with"
                        + " 'aws route53 update-health-check' (Type, RequestInterval and MeasureLatency cannot change)"));
            }
        }
        for (HealthCheck check : before.healthChecks()) {
            if (after.healthCheck(check.id()).isEmpty()) {
                notes.add(new ExportNote("health check " + check.id(), "HV21", "removed from the design; delete it"
                        + " with 'aws route53 delete-health-check' after the change batch no longer refers to it"));
            }
        }
        files.addAll(healthCheckFiles(after, added, List.of(newZone), notes));
        return new ExportResult(files, notes);
    }

    private List<ExportedFile> batchFiles(List<Change> ordered, String comment, List<ExportNote> notes) {
        List<ExportedFile> files = new ArrayList<>();
        for (Change tooLarge : ChangeBatchSplitter.oversized(ordered)) {
            notes.add(new ExportNote(tooLarge.recordSet().describe(), "V7", "alone exceeds the per-request limit of"
                    + " 1000 ResourceRecord elements or 32000 value characters; Route 53 will refuse it"));
        }
        List<ChangeBatch> batches = ChangeBatchSplitter.split(ordered, comment);
        if (batches.isEmpty()) {
            notes.add(new ExportNote(null, "V1", "the zone holds no record set to send; no change batch written"));
            files.add(new ExportedFile("change-batch.json", "{}\n"));
            return files;
        }
        if (batches.size() > 1) {
            notes.add(new ExportNote(null, "V7", "split into " + batches.size() + " change batches to respect the"
                    + " per-request limits; send them in order, each after the previous one is INSYNC"));
        }
        for (int i = 0; i < batches.size(); i++) {
            String name = batches.size() == 1 ? "change-batch.json" : "change-batch-" + (i + 1) + ".json";
            files.add(new ExportedFile(name, writer.write(batches.get(i))));
        }
        return files;
    }

    /**
     * One {@code aws route53 change-cidr-collection --cli-input-json} file per CIDR collection (S9): every location
     * PUT with its blocks. The collection itself is created first with {@code create-cidr-collection}, which
     * assigns the ID that replaces the design's.
     */
    private List<ExportedFile> cidrCollectionFiles(List<CidrCollection> collections, List<ExportNote> notes) {
        List<ExportedFile> files = new ArrayList<>();
        for (CidrCollection collection : collections) {
            ObjectNode request = mapper.createObjectNode();
            request.put("Id", collection.id());
            ArrayNode changes = request.putArray("Changes");
            for (CidrLocation location : collection.locations()) {
                ObjectNode change = changes.addObject();
                change.put("LocationName", location.name());
                change.put("Action", "PUT");
                ArrayNode blocks = change.putArray("CidrList");
                location.cidrBlocks().forEach(blocks::add);
            }
            String name = collection.name() != null ? collection.name() : collection.id();
            files.add(new ExportedFile("change-cidr-collection-" + HealthCheckRequests.fileSafe(name) + ".json",
                    writer.text(request)));
            notes.add(new ExportNote("CIDR collection " + collection.id(), "R14", "create it first with 'aws route53"
                    + " create-cidr-collection --name " + name + " --caller-reference <unique>', put the ID it returns"
                    + " in the change-cidr-collection file and in the CidrRoutingConfig of the change batch, then run"
                    + " 'aws route53 change-cidr-collection --cli-input-json file://...'"));
        }
        return files;
    }

    private List<ExportedFile> healthCheckFiles(Design design, List<HealthCheck> checks, List<HostedZone> zones,
                                                List<ExportNote> notes) {
        List<ExportedFile> files = new ArrayList<>();
        if (checks.isEmpty()) {
            return files;
        }
        List<HealthCheck> ordered = HealthCheckRequests.creationOrder(checks);
        java.util.Map<String, String> references = HealthCheckRequests.uniqueCallerReferences(ordered, notes);
        ObjectNode referenceMap = mapper.createObjectNode();
        referenceMap.put("Comment", "Create the health checks in file order, then replace each design Id in the"
                + " change batches (HealthCheckId) and in ChildHealthChecks with the Id Route 53 returned");
        ArrayNode list = referenceMap.putArray("HealthChecks");
        for (int i = 0; i < ordered.size(); i++) {
            HealthCheck check = ordered.get(i);
            String fileName = String.format("create-health-check-%02d-%s.json", i + 1,
                    HealthCheckRequests.fileSafe(check.id()));
            ObjectNode request = mapper.createObjectNode();
            request.put("CallerReference", references.get(check.id()));
            request.set("HealthCheckConfig", route53.healthCheckConfigNode(check));
            files.add(new ExportedFile(fileName, writer.text(request)));

            ObjectNode entry = list.addObject();
            entry.put("Id", check.id());
            entry.put("CallerReference", references.get(check.id()));
            entry.put("RequestFile", fileName);
            ArrayNode users = entry.putArray("RecordSets");
            for (HostedZone zone : zones) {
                for (RecordSet r : zone.recordSets()) {
                    if (check.id().equals(r.healthCheckId())) {
                        ObjectNode user = users.addObject();
                        user.put("HostedZoneId", zone.id());
                        user.put("Name", r.name().apiForm());
                        user.put("Type", r.type().name());
                        if (r.setIdentifier() != null) {
                            user.put("SetIdentifier", r.setIdentifier());
                        }
                    }
                }
            }
            ArrayNode parents = entry.putArray("CalculatedParents");
            design.healthChecks().stream()
                    .filter(p -> p.config() instanceof dev.failoverstudio.domain.model.CalculatedCheck c
                            && c.childHealthChecks().contains(check.id()))
                    .forEach(p -> parents.add(p.id()));
        }
        files.add(new ExportedFile("health-check-references.json", writer.text(referenceMap)));
        notes.add(new ExportNote(null, "S5", "health check IDs in the change batch are the design's; create the"
                + " checks first and replace them with the IDs Route 53 returns (health-check-references.json)."
                + " A caller reference can be used only once per account"));
        return files;
    }
}
