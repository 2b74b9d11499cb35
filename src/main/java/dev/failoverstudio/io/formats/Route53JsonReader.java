package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads the JSON the AWS CLI prints for Route 53 (C10): record sets (S3), health checks (S4) and CIDR
 * collections (S9). Each method returns the complete result or throws an {@link ImportException} listing
 * every problem found, each located by file and JSON path and citing its rule.
 *
 * <p>Import maps; it does not validate. Problems reported here are those that stop a faithful mapping:
 * invalid JSON, wrong JSON types (S11), unknown enums (V16, HV1), two routing attributes on one record set
 * (V10), incomplete alias targets (V32), unparseable names (R1), health check fields the type forbids or
 * needs (HV3–HV17). Everything the model can hold, however wrong for Route 53 (Weight 300, RequestInterval
 * 20), is kept so that the validator can report it. Unknown members of Route 53 objects are ignored
 * because AWS adds fields over time.
 */
public final class Route53JsonReader {

    private final JsonDocuments documents;

    /** @param mapper the application's mapper from {@link dev.failoverstudio.io.json.ObjectMappers#create()} */
    public Route53JsonReader(ObjectMapper mapper) {
        this.documents = new JsonDocuments(Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * Record sets from {@code aws route53 list-resource-record-sets} output ({@code {"ResourceRecordSets":
     * [...], "IsTruncated": ..., ...}}, paging fields ignored) or a bare array of record sets. Names are
     * canonical (R1, {@code \052} becomes {@code *}); alias zone IDs lose any {@code /hostedzone/} prefix
     * (S12). The order of the file is kept.
     */
    public List<RecordSet> readRecordSets(Path file) throws ImportException {
        return readRecordSets(file.toString(), documents.readText(file));
    }

    /** As {@link #readRecordSets(Path)}, from text; {@code file} names the source in problems. */
    public List<RecordSet> readRecordSets(String file, String json) throws ImportException {
        Problems problems = new Problems(file);
        List<RecordSet> recordSets = new RecordSetMapper().mapDocument(root(file, json, problems), "S3");
        problems.throwIfAny();
        return recordSets;
    }

    /**
     * Health checks from {@code aws route53 list-health-checks} output ({@code {"HealthChecks": [...],
     * "Marker": ...}}), a bare array, {@code get-health-check} output ({@code {"HealthCheck": {...}}}) or
     * a single HealthCheck object.
     */
    public List<HealthCheck> readHealthChecks(Path file) throws ImportException {
        return readHealthChecks(file.toString(), documents.readText(file));
    }

    /** As {@link #readHealthChecks(Path)}, from text; {@code file} names the source in problems. */
    public List<HealthCheck> readHealthChecks(String file, String json) throws ImportException {
        Problems problems = new Problems(file);
        List<HealthCheck> checks = new HealthCheckMapper().mapDocument(root(file, json, problems), "S4");
        problems.throwIfAny();
        return checks;
    }

    /**
     * CIDR collections in the simulator's stored shape (S9): a bare array of {@code {"Id", "Name",
     * "Version", "Locations": [{"LocationName", "CidrList": [...]}]}}, or that array under
     * {@code "CidrCollections"}. An absent Version is 1.
     */
    public List<CidrCollection> readCidrCollections(Path file) throws ImportException {
        return readCidrCollections(file.toString(), documents.readText(file));
    }

    /** As {@link #readCidrCollections(Path)}, from text; {@code file} names the source in problems. */
    public List<CidrCollection> readCidrCollections(String file, String json) throws ImportException {
        Problems problems = new Problems(file);
        List<CidrCollection> collections = new CidrCollectionMapper().mapDocument(root(file, json, problems), "S9");
        problems.throwIfAny();
        return collections;
    }

    /**
     * The blocks of {@code aws route53 list-cidr-blocks --collection-id ID} output ({@code {"CidrBlocks":
     * [{"CidrBlock", "LocationName"}], "NextToken": ...}}) or a bare array of such objects, as the
     * collection {@code collectionId}. The response carries neither name nor version: the collection has
     * name null and version 1. Locations appear in order of first mention.
     */
    public CidrCollection readCidrBlocks(Path file, String collectionId) throws ImportException {
        return readCidrBlocks(file.toString(), documents.readText(file), collectionId);
    }

    /** As {@link #readCidrBlocks(Path, String)}, from text; {@code file} names the source in problems. */
    public CidrCollection readCidrBlocks(String file, String json, String collectionId) throws ImportException {
        Objects.requireNonNull(collectionId, "collectionId");
        Problems problems = new Problems(file);
        List<JsonValue> blocks = ListDocuments.elements(root(file, json, problems), "CidrBlocks", "S9",
                "a ListCidrBlocks response");
        List<CidrLocation> locations = blocks == null ? null : new CidrCollectionMapper().locationsFromBlocks(blocks);
        problems.throwIfAny();
        return new CidrCollection(collectionId, null, CidrCollectionMapper.FIRST_VERSION, locations);
    }

    private JsonValue root(String file, String json, Problems problems) throws ImportException {
        return JsonValue.root(documents.parse(file, json), problems);
    }
}
