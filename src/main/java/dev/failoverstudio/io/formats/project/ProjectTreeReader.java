package dev.failoverstudio.io.formats.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HealthSnapshot;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.io.formats.Route53Shapes;
import dev.failoverstudio.io.formats.drill.DesignDrills;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static dev.failoverstudio.io.formats.project.ProjectFields.RULE_LAYOUT;
import static dev.failoverstudio.io.formats.project.ProjectFields.RULE_SHAPE;
import static dev.failoverstudio.io.formats.project.ProjectFields.RULE_VERSION;

/**
 * Reads the JSON tree of a project file (see {@link ProjectFiles}). The project's own objects (the top level,
 * layout entries) are strict: an unknown field is reported with its path, so a typo cannot silently drop data.
 * Zones are Route 53 HostedZone objects and, like every Route 53 object, ignore fields AWS may add; the
 * embedded Route 53 and scenario parts are read by the same mappers as everywhere else ({@link Route53Shapes}). Every problem
 * is recorded; the caller throws when there are any.
 */
final class ProjectTreeReader {

    private final Route53Shapes shapes = new Route53Shapes();
    private final DesignDrills drills;
    private final Supplier<Population> world;

    /** @param world the default population, for saved drills that use it */
    ProjectTreeReader(DesignDrills drills, Supplier<Population> world) {
        this.drills = drills;
        this.world = world;
    }

    /** True when the document says it is a project file (it has {@code formatVersion}). */
    static boolean isProject(JsonNode document) {
        return document.isObject() && document.has(ProjectFields.FORMAT_VERSION);
    }

    /** The document, or null when problems were recorded. */
    DesignDocument read(JsonValue document) {
        int mark = document.problems().count();
        JsonFields top = document.requireObject(RULE_SHAPE);
        if (top == null) {
            return null;
        }
        if (!version(top.required(ProjectFields.FORMAT_VERSION, RULE_VERSION))) {
            return null; // a newer or unknown format: its other fields mean nothing to this reader
        }
        top.rejectUnknown(ProjectFields.TOP_LEVEL, RULE_SHAPE);
        List<HostedZone> zones = zones(top.required(ProjectFields.ZONES, RULE_SHAPE));
        JsonValue rawChecks = top.field(ProjectFields.HEALTH_CHECKS);
        List<HealthCheck> checks = rawChecks.isPresent() ? shapes.healthChecks(rawChecks, "S4") : List.of();
        JsonValue rawCollections = top.field(ProjectFields.CIDR_COLLECTIONS);
        List<CidrCollection> collections = rawCollections.isPresent()
                ? shapes.cidrCollections(rawCollections, "S9") : List.of();
        ResourceCatalog catalog = shapes.resourceCatalog(top.field(ProjectFields.RESOURCE_CATALOG));
        Map<String, HealthCheckType> ids = new LinkedHashMap<>();
        for (JsonNode id : rawChecks.node().findValues("Id")) {
            if (id.isTextual()) {
                ids.put(id.textValue(), null); // null: any observation fits any check (the design's own choice)
            }
        }
        Map<String, HealthObservation> observations = shapes.healthState(top.field(ProjectFields.HEALTH_STATE), ids);
        Map<String, Boolean> lastKnown = lastKnown(top.field(ProjectFields.LAST_KNOWN_HEALTHY));
        Layout layout = layout(top.field(ProjectFields.LAYOUT));
        // Saved drills: their own structure only; what they name in the design is checked when they run.
        List<Drill> saved = drills.read(top, null, world);
        if (document.problems().hasNewSince(mark)) {
            return null;
        }
        Design design = new Design(zones, checks, collections, catalog, new HealthSnapshot(observations, lastKnown));
        return new DesignDocument(design, layout, saved);
    }

    private static boolean version(JsonValue value) {
        if (!value.isPresent()) {
            return false;
        }
        Long version = value.asLong(RULE_VERSION);
        if (version == null) {
            return false;
        }
        if (version > ProjectFiles.FORMAT_VERSION) {
            value.report(RULE_VERSION, "formatVersion " + version + " is newer than this version of Failover Studio"
                    + " reads (" + ProjectFiles.FORMAT_VERSION + "); open the file with a newer version");
            return false;
        }
        if (version < 1) {
            value.report(RULE_VERSION, "formatVersion " + version + " is not a version of the project format;"
                    + " expected " + ProjectFiles.FORMAT_VERSION);
            return false;
        }
        return true;
    }

    private List<HostedZone> zones(JsonValue value) {
        List<JsonValue> elements = value.asArray(RULE_SHAPE);
        List<HostedZone> zones = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            JsonFields zone = element.requireObject(RULE_SHAPE);
            if (zone == null) {
                continue;
            }
            int mark = zone.problems().count();
            // a Route 53 HostedZone object: fields AWS adds (CallerReference, Config.Comment...) are ignored
            JsonValue idValue = zone.required("Id", RULE_SHAPE);
            String id = HostedZone.stripPrefix(idValue.asString(RULE_SHAPE));
            if (id != null && (id.isEmpty() || id.contains(":"))) {
                idValue.report(RULE_SHAPE, "a hosted zone ID is letters and digits, found " + JsonValue.quote(id));
            } else if (id != null && !ids.add(id)) {
                idValue.report(RULE_SHAPE, "hosted zone " + id + " appears twice");
            }
            DomainName origin = shapes.name(zone.required("Name", RULE_SHAPE), RULE_SHAPE);
            boolean privateZone = false;
            JsonFields config = zone.field("Config").asObject(RULE_SHAPE);
            if (config != null) {
                Boolean flag = config.field("PrivateZone").asBoolean(RULE_SHAPE);
                privateZone = flag != null && flag;
            }
            JsonValue rawRecords = zone.required("ResourceRecordSets", RULE_SHAPE);
            List<RecordSet> records = rawRecords.isPresent() ? shapes.recordSets(rawRecords, "S3") : List.of();
            if (!zone.problems().hasNewSince(mark)) {
                zones.add(new HostedZone(id, origin, privateZone, records));
            }
        }
        return zones;
    }

    private static Map<String, Boolean> lastKnown(JsonValue value) {
        Map<String, Boolean> lastKnown = new HashMap<>();
        JsonFields entries = value.asObject(RULE_SHAPE);
        if (entries != null) {
            entries.entries().forEach((id, healthy) -> {
                Boolean b = healthy.isPresent() ? healthy.asBoolean(RULE_SHAPE) : healthy.wrongType("true or false",
                        RULE_SHAPE);
                if (b != null) {
                    lastKnown.put(id, b);
                }
            });
        }
        return lastKnown;
    }

    private static Layout layout(JsonValue value) {
        JsonFields entries = value.asObject(RULE_LAYOUT);
        if (entries == null) {
            return Layout.EMPTY;
        }
        Map<NodeKey, Position> positions = new HashMap<>();
        entries.entries().forEach((key, entry) -> {
            if (!key.startsWith("group:") && !key.startsWith("hc:")) {
                entry.report(RULE_LAYOUT, "a layout key is \"group:<zone ID>:<name>:<type>\" or \"hc:<ID>\", found "
                        + JsonValue.quote(key));
                return;
            }
            JsonFields xy = entry.requireObject(RULE_LAYOUT);
            if (xy == null) {
                return;
            }
            xy.rejectUnknown(List.of("x", "y"), RULE_LAYOUT);
            Double x = xy.required("x", RULE_LAYOUT).asDouble(RULE_LAYOUT);
            Double y = xy.required("y", RULE_LAYOUT).asDouble(RULE_LAYOUT);
            if (x != null && y != null && !(Double.isFinite(x) && Double.isFinite(y))) {
                entry.report(RULE_LAYOUT, "x and y must be finite numbers");
            } else if (x != null && y != null) {
                positions.put(new NodeKey(key), new Position(x, y));
            }
        });
        return new Layout(positions);
    }
}
