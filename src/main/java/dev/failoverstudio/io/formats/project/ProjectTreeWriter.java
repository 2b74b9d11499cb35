package dev.failoverstudio.io.formats.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.io.formats.Route53JsonWriter;
import dev.failoverstudio.io.formats.drill.DesignDrills;

import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the JSON tree of a project file (see {@link ProjectFiles}). Route 53 parts are written by
 * {@link Route53JsonWriter}; health state and the resource catalog in the scenario shapes (C5, C9) the
 * scenario reader reads back. Layout keys are written sorted, so saving an unchanged design gives the same
 * bytes.
 */
final class ProjectTreeWriter {

    private final ObjectMapper mapper;
    private final Route53JsonWriter route53;
    private final DesignDrills drills;

    ProjectTreeWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        this.route53 = new Route53JsonWriter(mapper);
        this.drills = new DesignDrills(mapper);
    }

    ObjectNode tree(DesignDocument doc) {
        Design design = doc.design();
        ObjectNode root = mapper.createObjectNode();
        root.put(ProjectFields.FORMAT_VERSION, ProjectFiles.FORMAT_VERSION);
        ArrayNode zones = root.putArray(ProjectFields.ZONES);
        for (HostedZone zone : design.zones()) {
            ObjectNode node = zones.addObject();
            node.put("Id", zone.id());
            node.put("Name", zone.origin().apiForm());
            node.putObject("Config").put("PrivateZone", zone.privateZone());
            node.set("ResourceRecordSets", route53.recordSetArray(zone.recordSets()));
        }
        root.set(ProjectFields.HEALTH_CHECKS, route53.healthCheckArray(design.healthChecks()));
        root.set(ProjectFields.CIDR_COLLECTIONS, route53.cidrCollectionArray(design.cidrCollections()));
        root.set(ProjectFields.RESOURCE_CATALOG, catalog(design));
        root.set(ProjectFields.HEALTH_STATE, healthState(design));
        ObjectNode lastKnown = root.putObject(ProjectFields.LAST_KNOWN_HEALTHY);
        new TreeMap<>(design.healthSnapshot().lastKnownHealthy()).forEach(lastKnown::put);
        root.set(ProjectFields.LAYOUT, layout(doc));
        drills.write(root, doc.drills());
        return root;
    }

    private ObjectNode healthState(Design design) {
        ObjectNode state = mapper.createObjectNode();
        for (Map.Entry<String, HealthObservation> e : new TreeMap<>(design.healthSnapshot().observations()).entrySet()) {
            HealthObservation o = e.getValue();
            if (o instanceof HealthObservation.Uniform uniform) {
                state.put(e.getKey(), uniform.passing());
            } else if (o instanceof HealthObservation.InsufficientData) {
                state.put(e.getKey(), "INSUFFICIENT_DATA");
            } else if (o instanceof HealthObservation.PerRegion perRegion) {
                ObjectNode regions = state.putObject(e.getKey()).putObject("checkerRegions");
                perRegion.checkerRegions().forEach(regions::put);
            }
        }
        return state;
    }

    private ObjectNode catalog(Design design) {
        ObjectNode catalog = mapper.createObjectNode();
        for (AwsResource r : design.resourceCatalog().all()) {
            ObjectNode node = catalog.putObject(r.dnsName().text());
            if (r.kind() != null) {
                node.put("kind", r.kind().code());
            }
            if (!r.ipv4().isEmpty()) {
                r.ipv4().forEach(node.putArray("ipv4")::add);
            }
            if (!r.ipv6().isEmpty()) {
                r.ipv6().forEach(node.putArray("ipv6")::add);
            }
            if (!r.targetGroups().isEmpty()) {
                ArrayNode groups = node.putObject("healthy").putArray("targetGroups");
                for (TargetGroupHealth g : r.targetGroups()) {
                    ObjectNode group = groups.addObject();
                    if (g.name() != null) {
                        group.put("name", g.name());
                    }
                    group.put("registered", g.registeredTargets());
                    group.put("healthy", g.healthyTargets());
                }
            } else if (r.healthy() != null) {
                node.put("healthy", r.healthy());
            }
            if (r.ttl() != null) {
                node.put("ttl", r.ttl());
            }
        }
        return catalog;
    }

    /** Positions that are not finite numbers are left out: the node is then placed again on opening. */
    private ObjectNode layout(DesignDocument doc) {
        ObjectNode layout = mapper.createObjectNode();
        for (Map.Entry<NodeKey, Position> e : new TreeMap<>(doc.layout().positions()).entrySet()) {
            Position p = e.getValue();
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                ObjectNode node = layout.putObject(e.getKey().value());
                node.put("x", p.x());
                node.put("y", p.y());
            }
        }
        return layout;
    }
}
