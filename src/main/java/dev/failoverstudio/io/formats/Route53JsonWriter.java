package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckConfig;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecoveryControlCheck;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes record sets, health checks and CIDR collections as the AWS CLI prints them (S3, S4, S9), so that
 * what {@link Route53JsonReader} reads can be written back and read again unchanged.
 *
 * <p>Field names and casing are the API's; absent fields are omitted, never {@code null}; names are in API
 * form ({@code \052.example.com.}, R1); {@code Latitude}/{@code Longitude} are strings (S11). Lists keep the
 * order they are given in.
 */
public final class Route53JsonWriter {

    private static final int RECORD_SETS_PAGE = 300;
    private static final int HEALTH_CHECKS_PAGE = 100;

    private final ObjectMapper mapper;

    /** @param mapper the application's mapper from {@link dev.failoverstudio.io.json.ObjectMappers#create()} */
    public Route53JsonWriter(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A ListResourceRecordSets response holding every record set on one page:
     * {@code {"ResourceRecordSets": [...], "IsTruncated": false, "MaxItems": "300"}}.
     */
    public String writeRecordSets(List<RecordSet> recordSets) {
        ObjectNode document = mapper.createObjectNode();
        ArrayNode array = document.putArray("ResourceRecordSets");
        recordSets.forEach(recordSet -> array.add(recordSet(recordSet)));
        document.put("IsTruncated", false);
        document.put("MaxItems", String.valueOf(Math.max(RECORD_SETS_PAGE, recordSets.size())));
        return text(document);
    }

    /**
     * A ListHealthChecks response holding every check on one page:
     * {@code {"HealthChecks": [...], "IsTruncated": false, "MaxItems": "100"}}.
     */
    public String writeHealthChecks(List<HealthCheck> checks) {
        ObjectNode document = mapper.createObjectNode();
        ArrayNode array = document.putArray("HealthChecks");
        checks.forEach(check -> array.add(healthCheck(check)));
        document.put("IsTruncated", false);
        document.put("MaxItems", String.valueOf(Math.max(HEALTH_CHECKS_PAGE, checks.size())));
        return text(document);
    }

    /** The simulator's stored shape (S9): an array of {@code {"Id", "Name", "Version", "Locations"}}. */
    public String writeCidrCollections(List<CidrCollection> collections) {
        return text(cidrCollectionArray(collections));
    }

    /** Record sets as a JSON array of ResourceRecordSet objects (S1), for documents that embed them. */
    public ArrayNode recordSetArray(List<RecordSet> recordSets) {
        ArrayNode array = mapper.createArrayNode();
        recordSets.forEach(recordSet -> array.add(recordSet(recordSet)));
        return array;
    }

    /** Health checks as a JSON array of HealthCheck objects (S4), for documents that embed them. */
    public ArrayNode healthCheckArray(List<HealthCheck> checks) {
        ArrayNode array = mapper.createArrayNode();
        checks.forEach(check -> array.add(healthCheck(check)));
        return array;
    }

    /** CIDR collections in the stored shape (S9) as a JSON array, for documents that embed them. */
    public ArrayNode cidrCollectionArray(List<CidrCollection> collections) {
        ArrayNode array = mapper.createArrayNode();
        for (CidrCollection collection : collections) {
            ObjectNode node = array.addObject();
            node.put("Id", collection.id());
            putIfPresent(node, "Name", collection.name());
            node.put("Version", collection.version());
            ArrayNode locations = node.putArray("Locations");
            for (CidrLocation location : collection.locations()) {
                ObjectNode locationNode = locations.addObject();
                locationNode.put("LocationName", location.name());
                ArrayNode blocks = locationNode.putArray("CidrList");
                location.cidrBlocks().forEach(blocks::add);
            }
        }
        return array;
    }

    /** One ResourceRecordSet object (S1), fields in service-model order, as change batches (S2) carry it. */
    public ObjectNode recordSetNode(RecordSet recordSet) {
        return recordSet(recordSet);
    }

    /** The {@code HealthCheckConfig} of a check (S4/S5), as a CreateHealthCheck request carries it. */
    public ObjectNode healthCheckConfigNode(HealthCheck check) {
        return (ObjectNode) healthCheck(check).get("HealthCheckConfig");
    }

    /** One ResourceRecordSet object (S1), fields in service-model order. */
    private ObjectNode recordSet(RecordSet recordSet) {
        ObjectNode node = mapper.createObjectNode();
        node.put("Name", recordSet.name().apiForm());
        node.put("Type", recordSet.type().name());
        putIfPresent(node, "SetIdentifier", recordSet.setIdentifier());
        putRouting(node, recordSet.routing());
        if (recordSet.ttl() != null) {
            node.put("TTL", recordSet.ttl());
        }
        if (!recordSet.values().isEmpty()) {
            ArrayNode records = node.putArray("ResourceRecords");
            recordSet.values().forEach(value -> records.addObject().put("Value", value));
        }
        if (recordSet.aliasTarget() != null) {
            AliasTarget target = recordSet.aliasTarget();
            ObjectNode alias = node.putObject("AliasTarget");
            alias.put("HostedZoneId", target.hostedZoneId());
            alias.put("DNSName", target.dnsName().apiForm());
            alias.put("EvaluateTargetHealth", target.evaluateTargetHealth());
        }
        putIfPresent(node, "HealthCheckId", recordSet.healthCheckId());
        putIfPresent(node, "TrafficPolicyInstanceId", recordSet.trafficPolicyInstanceId());
        return node;
    }

    /** The one policy attribute of R3; simple routing has none. */
    private static void putRouting(ObjectNode node, Routing routing) {
        if (routing instanceof WeightedRouting weighted) {
            node.put("Weight", weighted.weight());
        } else if (routing instanceof LatencyRouting latency) {
            node.put("Region", latency.region());
        } else if (routing instanceof GeolocationRouting geo) {
            putGeoLocation(node.putObject("GeoLocation"), geo.location());
        } else if (routing instanceof FailoverRouting failover) {
            node.put("Failover", failover.role().name());
        } else if (routing instanceof MultiValueRouting) {
            node.put("MultiValueAnswer", true);
        } else if (routing instanceof IpBasedRouting ipBased) {
            ObjectNode config = node.putObject("CidrRoutingConfig");
            config.put("CollectionId", ipBased.collectionId());
            config.put("LocationName", ipBased.locationName());
        } else if (routing instanceof GeoproximityRouting proximity) {
            putGeoProximity(node.putObject("GeoProximityLocation"), proximity.location());
        }
    }

    private static void putGeoLocation(ObjectNode node, GeoLocation location) {
        putIfPresent(node, "ContinentCode", location.continentCode());
        putIfPresent(node, "CountryCode", location.countryCode());
        putIfPresent(node, "SubdivisionCode", location.subdivisionCode());
    }

    private static void putGeoProximity(ObjectNode node, GeoProximityLocation location) {
        putIfPresent(node, "AWSRegion", location.awsRegion());
        putIfPresent(node, "LocalZoneGroup", location.localZoneGroup());
        if (location.hasCoordinates()) {
            ObjectNode coordinates = node.putObject("Coordinates");
            putIfPresent(coordinates, "Latitude", location.latitude());
            putIfPresent(coordinates, "Longitude", location.longitude());
        }
        if (location.bias() != null) {
            node.put("Bias", location.bias());
        }
    }

    /** One HealthCheck object (S4), config fields in service-model order. */
    private ObjectNode healthCheck(HealthCheck check) {
        ObjectNode node = mapper.createObjectNode();
        node.put("Id", check.id());
        putIfPresent(node, "CallerReference", check.callerReference());
        ObjectNode config = node.putObject("HealthCheckConfig");
        HealthCheckConfig checkConfig = check.config();
        if (checkConfig instanceof EndpointCheck endpoint) {
            putEndpoint(config, endpoint, check);
        } else if (checkConfig instanceof CalculatedCheck calculated) {
            putCommon(config, check);
            config.put("HealthThreshold", calculated.healthThreshold());
            ArrayNode children = config.putArray("ChildHealthChecks");
            calculated.childHealthChecks().forEach(children::add);
        } else if (checkConfig instanceof CloudWatchCheck cloudWatch) {
            putCommon(config, check);
            ObjectNode alarm = config.putObject("AlarmIdentifier");
            putIfPresent(alarm, "Region", cloudWatch.alarmRegion());
            putIfPresent(alarm, "Name", cloudWatch.alarmName());
            if (cloudWatch.insufficientDataHealthStatus() != null) {
                config.put("InsufficientDataHealthStatus", cloudWatch.insufficientDataHealthStatus().apiName());
            }
        } else if (checkConfig instanceof RecoveryControlCheck recovery) {
            putCommon(config, check);
            putIfPresent(config, "RoutingControlArn", recovery.routingControlArn());
        }
        node.put("HealthCheckVersion", check.version());
        if (!check.tags().isEmpty()) { // absent rather than empty, so files without tags stay byte-identical
            ArrayNode tags = node.putArray("Tags");
            for (HealthCheckTag tag : check.tags()) {
                ObjectNode t = tags.addObject();
                t.put("Key", tag.key());
                t.put("Value", tag.value());
            }
        }
        return node;
    }

    private static void putEndpoint(ObjectNode config, EndpointCheck endpoint, HealthCheck check) {
        putIfPresent(config, "IPAddress", endpoint.ipAddress());
        if (endpoint.port() != null) {
            config.put("Port", endpoint.port());
        }
        config.put("Type", endpoint.type().name());
        putIfPresent(config, "ResourcePath", endpoint.resourcePath());
        putIfPresent(config, "FullyQualifiedDomainName", endpoint.fullyQualifiedDomainName());
        putIfPresent(config, "SearchString", endpoint.searchString());
        if (endpoint.requestInterval() != null) {
            config.put("RequestInterval", endpoint.requestInterval());
        }
        if (endpoint.failureThreshold() != null) {
            config.put("FailureThreshold", endpoint.failureThreshold());
        }
        config.put("MeasureLatency", endpoint.measureLatency());
        config.put("Inverted", check.inverted());
        config.put("Disabled", check.disabled());
        config.put("EnableSNI", endpoint.enableSni());
        if (!endpoint.regions().isEmpty()) {
            ArrayNode regions = config.putArray("Regions");
            endpoint.regions().forEach(regions::add);
        }
    }

    private static void putCommon(ObjectNode config, HealthCheck check) {
        config.put("Type", check.type().name());
        config.put("Inverted", check.inverted());
        config.put("Disabled", check.disabled());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private String text(Object document) {
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }
}
