package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps CIDR collections (S9): the simulator's stored shape {@code {"Id", "Name", "Version", "Locations":
 * [{"LocationName", "CidrList"}]}} and the blocks of a {@code ListCidrBlocks} response. Blocks are kept as
 * written; their syntax and prefix lengths are the validator's (V29).
 */
public final class CidrCollectionMapper {

    /** The version a collection has when {@code Version} is absent (a new collection is version 1). */
    static final long FIRST_VERSION = 1;

    /**
     * The collections of a bare array or of {@code {"CidrCollections": [...]}}, leaving out those with
     * problems (recorded).
     *
     * @param shapeRule the rule cited when the document is neither shape
     */
    public List<CidrCollection> mapDocument(JsonValue document, String shapeRule) {
        List<JsonValue> elements = ListDocuments.elements(document, "CidrCollections", shapeRule,
                "a list of CIDR collections");
        List<CidrCollection> collections = new ArrayList<>();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            CidrCollection collection = map(element);
            if (collection != null) {
                collections.add(collection);
            }
        }
        return collections;
    }

    /** The collection, or null when it had problems (they are recorded). */
    public CidrCollection map(JsonValue value) {
        JsonFields fields = value.requireObject("S9");
        if (fields == null) {
            return null;
        }
        int mark = fields.problems().count();
        String id = fields.required("Id", "S9").asString("S9");
        String name = fields.field("Name").asString("S9");
        Long version = fields.field("Version").asLong("S9");
        List<CidrLocation> locations = new ArrayList<>();
        List<JsonValue> elements = fields.field("Locations").asArray("S9");
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            CidrLocation location = location(element);
            if (location != null) {
                locations.add(location);
            }
        }
        if (fields.problems().hasNewSince(mark)) {
            return null;
        }
        return new CidrCollection(id, name, version == null ? FIRST_VERSION : version, locations);
    }

    private static CidrLocation location(JsonValue value) {
        JsonFields fields = value.requireObject("S9");
        if (fields == null) {
            return null;
        }
        String name = fields.required("LocationName", "S9").asString("S9");
        List<String> blocks = fields.required("CidrList", "S9").asStrings("S9");
        return name == null || blocks == null ? null : new CidrLocation(name, blocks);
    }

    /**
     * Groups {@code {"CidrBlock", "LocationName"}} elements of a ListCidrBlocks response by location, in
     * order of first appearance; null when an element had problems.
     */
    List<CidrLocation> locationsFromBlocks(List<JsonValue> blocks) {
        Map<String, List<String>> byLocation = new LinkedHashMap<>();
        boolean complete = true;
        for (JsonValue element : blocks) {
            JsonFields fields = element.requireObject("S9");
            if (fields == null) {
                complete = false;
                continue;
            }
            String block = fields.required("CidrBlock", "S9").asString("S9");
            String location = fields.required("LocationName", "S9").asString("S9");
            if (block == null || location == null) {
                complete = false;
                continue;
            }
            byLocation.computeIfAbsent(location, k -> new ArrayList<>()).add(block);
        }
        if (!complete) {
            return null;
        }
        List<CidrLocation> locations = new ArrayList<>();
        byLocation.forEach((name, list) -> locations.add(new CidrLocation(name, list)));
        return locations;
    }
}
