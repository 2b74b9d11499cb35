package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;

import java.util.List;
import java.util.Map;

/**
 * CNAME exclusivity (V40, R162) and no CNAME at the apex (V41, R163), with Route 53's observed wording. Which
 * of the two V40 messages applies depends on which record set came later in the zone's list: a CNAME added
 * next to existing record sets "conflicts with other records"; a record set added next to an existing CNAME
 * meets "a conflicting RRSet of type CNAME". Alias CNAMEs at the apex are V36's ({@link AliasRules}).
 */
final class CnameRules implements ZoneRule {

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.type() == RecordType.CNAME && !r.isAlias() && zone.isApex(r.name())) {
                out.add(Problem.error("V41", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "RRSet of type CNAME with DNS name "
                        + r.name().text() + " is not permitted at apex in zone " + zone.originText()));
            }
        }
        for (Map.Entry<DomainName, List<GroupKey>> name : zone.groupsByName().entrySet()) {
            checkName(zone, name.getKey(), name.getValue(), out);
        }
    }

    private static void checkName(ZoneView zone, DomainName name, List<GroupKey> groups, List<Problem> out) {
        GroupKey cname = new GroupKey(name, RecordType.CNAME);
        if (groups.size() < 2 || !groups.contains(cname)) {
            return;
        }
        int cnameIndex = zone.firstIndexOf(cname);
        boolean cnameCameLater = false;
        for (GroupKey other : groups) {
            if (other.equals(cname)) {
                continue;
            }
            if (zone.firstIndexOf(other) > cnameIndex) {
                out.add(Problem.error("V40", ApiErrors.INVALID_CHANGE_BATCH, zone.group(other).get(0).key(),
                        "RRSet of type " + other.type() + " with DNS name " + name.text() + " is not permitted because"
                                + " a conflicting RRSet of type CNAME with the same DNS name already exists in zone "
                                + zone.originText()));
            } else {
                cnameCameLater = true;
            }
        }
        if (cnameCameLater) {
            out.add(Problem.error("V40", ApiErrors.INVALID_CHANGE_BATCH, zone.group(cname).get(0).key(),
                    "RRSet of type CNAME with DNS name " + name.text() + " is not permitted as it conflicts with other"
                            + " records with the same DNS name in zone " + zone.originText()));
        }
    }
}
