package dev.failoverstudio.io.formats;

/** The kinds of file File > Import reads, as {@link ImportFormatDetector} tells them apart. */
public enum ImportFormat {
    /** A project file, a scenario file or {@code list-resource-record-sets} output (read by ProjectFiles). */
    DESIGN_JSON("Route 53 JSON, scenario or project file"),
    /** A change batch (S2), bare or wrapped as the SDK request. */
    CHANGE_BATCH("change batch"),
    /** A CloudFormation template, YAML or JSON. */
    CLOUDFORMATION("CloudFormation template"),
    /** A Traffic Flow policy document (AWSPolicyFormatVersion). */
    TRAFFIC_FLOW("Traffic Flow policy document"),
    /** An RFC 1035 zone file. */
    ZONE_FILE("zone file");

    private final String title;

    ImportFormat(String title) {
        this.title = title;
    }

    /** The format in words, for status lines ("CloudFormation template"). */
    public String title() {
        return title;
    }
}
