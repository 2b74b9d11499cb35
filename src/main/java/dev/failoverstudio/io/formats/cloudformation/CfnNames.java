package dev.failoverstudio.io.formats.cloudformation;

/** Constants shared by the CloudFormation exporter and importer. */
final class CfnNames {

    static final String HEALTH_CHECK = "AWS::Route53::HealthCheck";
    static final String RECORD_SET_GROUP = "AWS::Route53::RecordSetGroup";
    static final String RECORD_SET = "AWS::Route53::RecordSet";
    static final String CIDR_COLLECTION = "AWS::Route53::CidrCollection";
    /** The template parameter holding the hosted zone ID. */
    static final String ZONE_PARAMETER = "HostedZoneId";
    /** Template metadata key under which the exporter keeps what CloudFormation does not deploy. */
    static final String METADATA = "FailoverStudio";
    static final String TAG_ID = "failover-studio:id";
    static final String TAG_CALLER_REFERENCE = "failover-studio:caller-reference";
    static final String TAG_DISABLED = "failover-studio:disabled";
    /** Prefix of the tags the exporter adds; the importer never takes them for the user's own. */
    static final String TAG_PREFIX = "failover-studio:";
    /** The tag console users name checks by; the exporter supplies one when the user has none. */
    static final String TAG_NAME = "Name";
    /**
     * Marks a user's own Name tag whose value happens to equal the Name the exporter would supply, so the importer
     * keeps it instead of dropping it as supplied.
     */
    static final String TAG_USER_NAME = "failover-studio:name-is-a-user-tag";

    private CfnNames() {
    }

    /** An alphanumeric logical ID (CloudFormation allows only {@code [A-Za-z0-9]}) built from free text. */
    static String logicalId(String prefix, String text) {
        StringBuilder out = new StringBuilder(prefix);
        boolean upper = true;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        String id = out.toString();
        return id.length() > 200 ? id.substring(0, 200) : id;
    }
}
