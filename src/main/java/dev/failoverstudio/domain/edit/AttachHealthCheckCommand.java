package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Associates a health check with a member row (R8, dropping a check on a row); a null ID detaches. Refused when
 * the check does not exist (V50: Route 53 answers NoSuchHealthCheck).
 */
public record AttachHealthCheckCommand(String zoneId, RecordSetKey member, String healthCheckId)
        implements EditCommand {

    public AttachHealthCheckCommand {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(member, "member");
    }

    @Override
    public String label() {
        return healthCheckId == null ? "Detach health check" : "Attach health check";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        if (healthCheckId != null && before.design().healthCheck(healthCheckId).isEmpty()) {
            throw new EditRejectedException("V50", "There is no health check " + healthCheckId);
        }
        HostedZone zone = ZoneEdits.zone(before.design(), zoneId);
        int index = ZoneEdits.indexOf(zone, member);
        if (index < 0) {
            throw new EditRejectedException(null, "There is no record set " + member.describe());
        }
        RecordSet old = zone.recordSets().get(index);
        if (Objects.equals(old.healthCheckId(), healthCheckId)) {
            return before;
        }
        List<RecordSet> records = new ArrayList<>(zone.recordSets());
        records.set(index, old.withHealthCheckId(healthCheckId));
        return before.withDesign(before.design().withZone(zone.withRecordSets(records)));
    }
}
