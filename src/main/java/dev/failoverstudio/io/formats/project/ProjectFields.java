package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.io.formats.drill.DesignDrills;

import java.util.List;

/** Field names and rule IDs of the project file format (docs/project-format.md). */
final class ProjectFields {

    static final String FORMAT_VERSION = "formatVersion";
    static final String ZONES = "zones";
    static final String HEALTH_CHECKS = "healthChecks";
    static final String CIDR_COLLECTIONS = "cidrCollections";
    static final String RESOURCE_CATALOG = "resourceCatalog";
    static final String HEALTH_STATE = "healthState";
    static final String LAST_KNOWN_HEALTHY = "lastKnownHealthy";
    static final String LAYOUT = "layout";
    /** The saved drills (README "Drill files"); optional, absent when there are none. */
    static final String DRILLS = DesignDrills.FIELD;

    static final List<String> TOP_LEVEL = List.of(FORMAT_VERSION, ZONES, HEALTH_CHECKS, CIDR_COLLECTIONS,
            RESOURCE_CATALOG, HEALTH_STATE, LAST_KNOWN_HEALTHY, LAYOUT, DRILLS);

    /** P1: the document is a project file of a version this build reads. */
    static final String RULE_VERSION = "P1";
    /** P2: the project's own objects (top level, zones) have the documented fields and types. */
    static final String RULE_SHAPE = "P2";
    /** P3: layout entries are {@code nodeKey: {"x": number, "y": number}} with finite numbers. */
    static final String RULE_LAYOUT = "P3";

    private ProjectFields() {
    }
}
