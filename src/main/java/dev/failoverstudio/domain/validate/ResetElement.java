package dev.failoverstudio.domain.validate;

/** The settings an UpdateHealthCheck request may reset to their defaults (HV20, API:UpdateHealthCheck). */
public enum ResetElement {
    CHILD_HEALTH_CHECKS("ChildHealthChecks"),
    FULLY_QUALIFIED_DOMAIN_NAME("FullyQualifiedDomainName"),
    REGIONS("Regions"),
    RESOURCE_PATH("ResourcePath");

    private final String apiName;

    ResetElement(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
