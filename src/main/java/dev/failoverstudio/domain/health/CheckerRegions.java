package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The checker Regions that probe an endpoint (HC10). The result never contains a Region twice, because
 * under A37 each Region is one equal share in the 18 % rule and a repeated entry must not weigh double.
 */
public final class CheckerRegions {

    /** A custom Region list needs at least this many Regions (HC10, HV9). */
    public static final int MINIMUM_CUSTOM_REGIONS = 3;

    /** How long a Region removed from a check's list may keep probing (HC10, "up to about an hour"). */
    public static final Duration REMOVED_REGION_KEEPS_PROBING = Duration.ofHours(1);

    private CheckerRegions() {
    }

    /**
     * The distinct Regions of the check in the order given; the eight defaults when the check names none.
     * A custom list shorter than {@link #MINIMUM_CUSTOM_REGIONS} is still returned as is: reporting it is
     * the validator's job (HV9), the simulator evaluates what the user wrote.
     */
    public static List<String> forCheck(EndpointCheck check) {
        return List.copyOf(new LinkedHashSet<>(check.effectiveRegions()));
    }

    public static boolean isDefaultRegion(String region) {
        return EndpointCheck.DEFAULT_REGIONS.contains(region);
    }
}
