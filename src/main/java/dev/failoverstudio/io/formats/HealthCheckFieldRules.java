package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.HealthCheckType;

import java.util.List;
import java.util.Set;

/**
 * Which {@code HealthCheckConfig} fields each health check type allows, and which spec rule forbids a
 * field on a type that does not (HV4–HV17).
 */
final class HealthCheckFieldRules {

    /** Every field whose presence depends on the type; other fields are always allowed or ignored. */
    static final List<String> TYPE_DEPENDENT_FIELDS = List.of("IPAddress", "Port", "FullyQualifiedDomainName",
            "ResourcePath", "SearchString", "RequestInterval", "FailureThreshold", "MeasureLatency", "EnableSNI",
            "Regions", "ChildHealthChecks", "HealthThreshold", "AlarmIdentifier", "InsufficientDataHealthStatus",
            "RoutingControlArn");

    private static final Set<String> ENDPOINT_FIELDS = Set.of("IPAddress", "Port", "FullyQualifiedDomainName",
            "ResourcePath", "SearchString", "RequestInterval", "FailureThreshold", "MeasureLatency", "EnableSNI",
            "Regions");

    private HealthCheckFieldRules() {
    }

    static boolean allows(HealthCheckType type, String field) {
        return switch (type) {
            case HTTP, HTTPS -> ENDPOINT_FIELDS.contains(field) && !field.equals("SearchString");
            case HTTP_STR_MATCH, HTTPS_STR_MATCH -> ENDPOINT_FIELDS.contains(field);
            case TCP -> ENDPOINT_FIELDS.contains(field) && !field.equals("SearchString")
                    && !field.equals("ResourcePath");
            case CALCULATED -> field.equals("ChildHealthChecks") || field.equals("HealthThreshold");
            case CLOUDWATCH_METRIC -> field.equals("AlarmIdentifier") || field.equals("InsufficientDataHealthStatus");
            case RECOVERY_CONTROL -> field.equals("RoutingControlArn");
        };
    }

    /**
     * The rule that forbids {@code field} on {@code type}: the field's own rule where it names the
     * restriction (HV4 Port, HV5 ResourcePath, HV6 SearchString, HV7/HV8/HV11 on RECOVERY_CONTROL, HV10
     * EnableSNI), else the rule of the type (HV13, HV16, HV17), else the rule that defines the field.
     */
    static String ruleForbidding(HealthCheckType type, String field) {
        switch (field) {
            case "Port":
                return "HV4";
            case "ResourcePath":
                return "HV5";
            case "SearchString":
                return "HV6";
            case "EnableSNI":
                return "HV10";
            default:
                break;
        }
        if (type == HealthCheckType.RECOVERY_CONTROL) {
            switch (field) {
                case "RequestInterval":
                    return "HV7";
                case "FailureThreshold":
                    return "HV8";
                case "MeasureLatency":
                    return "HV11";
                default:
                    return "HV17";
            }
        }
        if (type == HealthCheckType.CALCULATED) {
            return "HV13";
        }
        if (type == HealthCheckType.CLOUDWATCH_METRIC) {
            return "HV16";
        }
        return switch (field) {
            case "ChildHealthChecks", "HealthThreshold" -> "HV13";
            case "AlarmIdentifier", "InsufficientDataHealthStatus" -> "HV16";
            default -> "HV17";
        };
    }
}
