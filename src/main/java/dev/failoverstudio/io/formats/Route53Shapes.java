package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.io.json.JsonValue;

import java.util.List;
import java.util.Map;

/**
 * The mappers of the Route 53 and scenario shapes, for formats that embed those shapes inside documents of
 * their own (the designer's project file). Each method reads the value where it sits in the enclosing
 * document, so every problem is located by its full JSON path there, and returns what could be read (the
 * problems are recorded in the value's {@link dev.failoverstudio.io.json.Problems}).
 */
public final class Route53Shapes {

    /** Record sets (S1) of a bare array or a ListResourceRecordSets response (S3). */
    public List<RecordSet> recordSets(JsonValue value, String shapeRule) {
        return new RecordSetMapper().mapDocument(value, shapeRule);
    }

    /** Health checks (S4) of a bare array or a ListHealthChecks response. */
    public List<HealthCheck> healthChecks(JsonValue value, String shapeRule) {
        return new HealthCheckMapper().mapDocument(value, shapeRule);
    }

    /** CIDR collections in the stored shape (S9). */
    public List<CidrCollection> cidrCollections(JsonValue value, String shapeRule) {
        return new CidrCollectionMapper().mapDocument(value, shapeRule);
    }

    /**
     * A scenario's {@code healthState} (C5).
     *
     * @param checkTypes every health check ID of the document with its type (a null type skips the check that
     *                   INSUFFICIENT_DATA is given for CloudWatch checks only)
     */
    public Map<String, HealthObservation> healthState(JsonValue value, Map<String, HealthCheckType> checkTypes) {
        return new HealthStateMapper().map(value, checkTypes);
    }

    /** A scenario's {@code resourceCatalog} (C9). */
    public ResourceCatalog resourceCatalog(JsonValue value) {
        return new ResourceCatalogMapper().map(value);
    }

    /** A domain name (R1), or null when absent or not a name (recorded). */
    public DomainName name(JsonValue value, String typeRule) {
        return Names.read(value, typeRule);
    }
}
