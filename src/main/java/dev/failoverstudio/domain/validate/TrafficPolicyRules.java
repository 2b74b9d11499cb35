package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.RecordSet;

import java.util.List;

/**
 * Record sets created by a traffic policy instance (V53, R12) should be changed through that instance; the
 * validator points them out. Deleting one with a change batch is {@link ChangeBatchApplier}'s warning.
 */
final class TrafficPolicyRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.trafficPolicyInstanceId() != null) {
                out.add(Problem.warning("V53", r.key(), r.describe() + " is managed by traffic policy instance "
                        + r.trafficPolicyInstanceId() + "; change it through the policy instance, not record by record"));
            }
        }
    }
}
