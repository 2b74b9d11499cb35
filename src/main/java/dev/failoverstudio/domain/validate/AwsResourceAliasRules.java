package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RoutingPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Aliases to AWS resources (V34): a CloudFront alias ({@code Z2FDTNDATAQYW2}, M4) never evaluates target health
 * and a failover group cannot point both roles at CloudFront; a routed group holds at most one S3 website
 * alias (the record name must equal the bucket name); when the catalog (C9) knows a resource's kind, the record
 * type must suit it (S3, API Gateway, VPC endpoint, Elastic Beanstalk: A; CloudFront and load balancers: A or
 * AAAA). CloudFront in private zones is V52's ({@link PrivateZoneRules}).
 */
final class AwsResourceAliasRules implements ZoneRule {

    static final String CLOUDFRONT_ZONE_ID = "Z2FDTNDATAQYW2";

    private static final Set<RecordType> A_ONLY = Set.of(RecordType.A);
    private static final Set<RecordType> A_OR_AAAA = Set.of(RecordType.A, RecordType.AAAA);

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (!r.isAlias() || zone.isInZone(r.aliasTarget())) {
                continue;
            }
            Optional<AwsResourceKind> kind = kindOf(zone, r);
            if (kind.orElse(null) == AwsResourceKind.CLOUDFRONT && r.aliasTarget().evaluateTargetHealth()) {
                out.add(Problem.error("V34", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Alias " + r.describe()
                        + " targets a CloudFront distribution; Evaluate Target Health must be false for CloudFront"));
            }
            kind.ifPresent(k -> checkType(r, k, out));
        }
        for (Map.Entry<GroupKey, List<RecordSet>> group : zone.groups().entrySet()) {
            checkGroup(zone, group.getKey(), group.getValue(), out);
        }
    }

    private static void checkType(RecordSet r, AwsResourceKind kind, List<Problem> out) {
        Set<RecordType> allowed = switch (kind) {
            case S3_WEBSITE, API_GATEWAY, VPC_INTERFACE_ENDPOINT, ELASTIC_BEANSTALK -> A_ONLY;
            default -> A_OR_AAAA;
        };
        if (!allowed.contains(r.type())) {
            out.add(Problem.error("V34", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Alias " + r.describe()
                    + " targets " + kind.code() + " resource " + r.aliasTarget().dnsName().text() + "; that kind of"
                    + " resource takes record type " + (allowed.size() == 1 ? "A" : "A or AAAA")));
        }
    }

    private static void checkGroup(ZoneView zone, GroupKey key, List<RecordSet> members, List<Problem> out) {
        RoutingPolicy policy = members.get(0).policy();
        if (policy == RoutingPolicy.SIMPLE) {
            return;
        }
        int cloudFront = 0;
        int s3 = 0;
        for (RecordSet r : members) {
            if (!r.isAlias() || zone.isInZone(r.aliasTarget())) {
                continue;
            }
            AwsResourceKind kind = kindOf(zone, r).orElse(null);
            if (kind == AwsResourceKind.CLOUDFRONT && policy == RoutingPolicy.FAILOVER && ++cloudFront == 2) {
                out.add(Problem.error("V34", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Failover group "
                        + key.describe() + " points both PRIMARY and SECONDARY at CloudFront distributions; use"
                        + " CloudFront origin failover, or a non-CloudFront record for one role"));
            }
            if (kind == AwsResourceKind.S3_WEBSITE && ++s3 == 2) {
                out.add(Problem.error("V34", ApiErrors.INVALID_CHANGE_BATCH, r.key(), "Group " + key.describe()
                        + " has a second S3 website alias; an S3 website alias needs a bucket named like the record,"
                        + " so a " + policy.label() + " group can hold only one"));
            }
        }
    }

    /** The kind of resource an alias targets: CloudFront by its fixed zone ID, else the catalog, else S3 by name. */
    static Optional<AwsResourceKind> kindOf(ZoneView zone, RecordSet r) {
        if (CLOUDFRONT_ZONE_ID.equals(r.aliasTarget().hostedZoneId())) {
            return Optional.of(AwsResourceKind.CLOUDFRONT);
        }
        Optional<AwsResourceKind> catalogued = zone.design().resourceCatalog().find(r.aliasTarget().dnsName())
                .map(AwsResource::kind);
        if (catalogued.isPresent()) {
            return catalogued;
        }
        return r.aliasTarget().dnsName().labels().stream().anyMatch(l -> l.startsWith("s3-website"))
                ? Optional.of(AwsResourceKind.S3_WEBSITE) : Optional.empty();
    }
}
