package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;

/**
 * Record sets and health checks the palette creates: valid on their own per the validator, with sensible
 * defaults and names, set identifiers and IDs not used yet in the design.
 */
public final class NewRecordSets {

    /** A new record set of {@code policy} for zone {@code zoneId}, e.g. weighted: weight 10, {@code weighted-1}. */
    public RecordSet create(Design design, String zoneId, RoutingPolicy policy) {
        throw new UnsupportedOperationException("NewRecordSets.create is not implemented yet");
    }

    /** A new HTTPS endpoint health check with an ID not used yet. */
    public HealthCheck newHealthCheck(Design design) {
        throw new UnsupportedOperationException("NewRecordSets.newHealthCheck is not implemented yet");
    }
}
