package dev.failoverstudio.domain.validate;

/**
 * The Route 53 API error names a {@link Problem} can carry (spec §12). Warnings carry none.
 */
public final class ApiErrors {

    /** Semantic problems with the changes of a batch or with the resulting zone. */
    public static final String INVALID_CHANGE_BATCH = "InvalidChangeBatch";
    /** Malformed or out-of-range parameters. */
    public static final String INVALID_INPUT = "InvalidInput";
    /** A referenced health check does not exist (V50, HV14). */
    public static final String NO_SUCH_HEALTH_CHECK = "NoSuchHealthCheck";
    /** The batch names a hosted zone the design does not hold. */
    public static final String NO_SUCH_HOSTED_ZONE = "NoSuchHostedZone";
    /** An update carried an older {@code HealthCheckVersion} (HV19). */
    public static final String HEALTH_CHECK_VERSION_MISMATCH = "HealthCheckVersionMismatch";

    private ApiErrors() {
    }
}
