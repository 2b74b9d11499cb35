package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.edit.CompositeCommand;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.SetHealthObservationCommand;
import dev.failoverstudio.domain.edit.SetResourceHealthCommand;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.net.IpPrefix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What "Fail a Region", "Fail an endpoint" and "All healthy" change, each as ONE undoable edit
 * ({@link CompositeCommand}).
 *
 * <p><b>Fail a Region</b> takes down everything <em>tagged</em> to the Region, the way an outage of a Region
 * takes down what runs there. A record set is tagged by its own Region attribute (latency {@code Region},
 * geoproximity {@code AWSRegion}); the tag flows down its alias subtree (in-zone targets, recursively, and an
 * AWS resource it targets), because what a Region's alias points at runs in that Region (the R158 tree:
 * the us-east-1 latency alias and the weighted instances below it). Health checks attached to tagged record
 * sets fail (calculated checks through their children, since their own observation is ignored, C5);
 * CloudWatch checks whose alarm lives in the Region go to ALARM; AWS resources whose DNS name carries the
 * Region (ELB, S3 website, API Gateway, VPC endpoint names do) or that a tagged alias targets are marked
 * down. A health check is also tagged to the Region by a user tag whose value is the Region's code, under any
 * key ({@code region=us-east-1}, {@code aws-region=US-EAST-1}; values compare case-insensitively and only known
 * AWS Region codes count), so checks of endpoints outside Route 53's view (on-premises, other clouds) can be
 * placed in a Region too. The alternative reading, failing the checker observations <em>from</em> the Region, was not chosen: a
 * checker Region is one of eight voters, so failing it alone never changes an endpoint's status under the
 * 18 % rule (HC9) and would show users nothing about their design.
 *
 * <p><b>Fail an endpoint</b> takes down everything serving one IP address: endpoint checks probing it,
 * checks attached to record sets whose values hold it, and catalog resources answering with it.
 */
public final class FailureScope {

    private final Design design;
    private final Set<String> knownRegions;

    /**
     * @param knownRegions the AWS Region codes (lower case) a health check's tag value may name; a tag whose value
     *                     is none of them ({@code env=prod}) ties the check to no Region
     */
    public FailureScope(Design design, Set<String> knownRegions) {
        this.design = design;
        Set<String> lower = new HashSet<>();
        knownRegions.forEach(r -> lower.add(r.toLowerCase(Locale.ROOT)));
        this.knownRegions = Set.copyOf(lower);
    }

    /** Regions something in the design is tagged to, sorted; a Region named only by a check's tag counts. */
    public List<String> taggedRegions() {
        Set<String> regions = new TreeSet<>();
        for (HealthCheck check : design.healthChecks()) {
            regions.addAll(check.tagValuesAmong(knownRegions));
        }
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                regionOf(rs).ifPresent(regions::add);
            }
        }
        for (HealthCheck check : design.healthChecks()) {
            if (check.config() instanceof CloudWatchCheck cw && cw.alarmRegion() != null) {
                regions.add(cw.alarmRegion().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(regions);
    }

    /** IP addresses endpoints of the design serve, in first-seen order. */
    public List<String> endpoints() {
        Set<String> ips = new LinkedHashSet<>();
        for (HealthCheck check : design.healthChecks()) {
            if (check.config() instanceof EndpointCheck e && e.ipAddress() != null) {
                ips.add(e.ipAddress());
            }
        }
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (!rs.isAlias()) {
                    rs.values().stream().filter(v -> IpPrefix.parseAddress(v).isPresent()).forEach(ips::add);
                }
            }
        }
        for (AwsResource r : design.resourceCatalog().all()) {
            ips.addAll(r.ipv4());
            ips.addAll(r.ipv6());
        }
        return List.copyOf(ips);
    }

    public EditCommand failRegion(String region) {
        String wanted = region.strip().toLowerCase(Locale.ROOT);
        Set<String> checks = new LinkedHashSet<>();
        Set<DomainName> resources = new LinkedHashSet<>();
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (regionOf(rs).filter(wanted::equals).isPresent()) {
                    tagSubtree(zone, rs, checks, resources);
                }
            }
        }
        List<EditCommand> steps = new ArrayList<>();
        for (HealthCheck check : design.healthChecks()) {
            if (check.config() instanceof CloudWatchCheck cw && wanted.equalsIgnoreCase(cw.alarmRegion())) {
                checks.add(check.id());
            }
            if (check.tagValuesAmong(knownRegions).contains(wanted)) {
                checks.add(check.id()); // a user tag ties it to the Region, whatever its key
            }
        }
        for (AwsResource r : design.resourceCatalog().all()) {
            if (nameCarriesRegion(r.dnsName(), wanted)) {
                resources.add(r.dnsName());
            }
        }
        addCheckFailures(checks, steps);
        for (DomainName name : resources) {
            design.resourceCatalog().find(name)
                    .ifPresent(r -> steps.add(new SetResourceHealthCommand(r.dnsName(), false)));
        }
        return new CompositeCommand("Fail Region " + wanted, steps);
    }

    public EditCommand failEndpoint(String ip) {
        Optional<IpPrefix> address = IpPrefix.parseAddress(ip.strip());
        Set<String> checks = new LinkedHashSet<>();
        for (HealthCheck check : design.healthChecks()) {
            if (check.config() instanceof EndpointCheck e && sameAddress(e.ipAddress(), ip, address)) {
                checks.add(check.id());
            }
        }
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (!rs.isAlias() && rs.healthCheckId() != null
                        && rs.values().stream().anyMatch(v -> sameAddress(v, ip, address))) {
                    checks.add(rs.healthCheckId());
                }
            }
        }
        List<EditCommand> steps = new ArrayList<>();
        addCheckFailures(checks, steps);
        for (AwsResource r : design.resourceCatalog().all()) {
            boolean serves = r.ipv4().stream().anyMatch(v -> sameAddress(v, ip, address))
                    || r.ipv6().stream().anyMatch(v -> sameAddress(v, ip, address));
            if (serves) {
                steps.add(new SetResourceHealthCommand(r.dnsName(), false));
            }
        }
        return new CompositeCommand("Fail endpoint " + ip.strip(), steps);
    }

    /** Every check observed passing by all checkers (calculated checks follow), every resource stated up. */
    public EditCommand allHealthy() {
        List<EditCommand> steps = new ArrayList<>();
        for (HealthCheck check : design.healthChecks()) {
            if (!(check.config() instanceof CalculatedCheck)) {
                steps.add(new SetHealthObservationCommand(check.id(), Optional.of(HealthObservation.PASSING)));
            }
        }
        for (AwsResource r : design.resourceCatalog().all()) {
            if (Boolean.FALSE.equals(r.healthy())) {
                steps.add(new SetResourceHealthCommand(r.dnsName(), true));
            }
        }
        return new CompositeCommand("All healthy", steps);
    }

    /** The Region a record set's own routing attribute names (latency Region, geoproximity AWSRegion). */
    static Optional<String> regionOf(RecordSet rs) {
        if (rs.routing() instanceof LatencyRouting latency && latency.region() != null) {
            return Optional.of(latency.region().toLowerCase(Locale.ROOT));
        }
        if (rs.routing() instanceof GeoproximityRouting proximity && proximity.location() != null
                && proximity.location().awsRegion() != null) {
            return Optional.of(proximity.location().awsRegion().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private void tagSubtree(HostedZone zone, RecordSet start, Set<String> checks, Set<DomainName> resources) {
        Deque<RecordSet> work = new ArrayDeque<>();
        Set<GroupKey> seen = new HashSet<>();
        work.add(start);
        while (!work.isEmpty()) {
            RecordSet rs = work.poll();
            if (rs.healthCheckId() != null) {
                checks.add(rs.healthCheckId());
            }
            if (!rs.isAlias()) {
                continue;
            }
            if (zone.isInZone(rs.aliasTarget())) {
                GroupKey target = new GroupKey(rs.aliasTarget().dnsName(), rs.type());
                if (seen.add(target)) {
                    for (RecordSet member : zone.recordSets()) {
                        if (member.groupKey().equals(target)) {
                            work.add(member);
                        }
                    }
                }
            } else {
                resources.add(rs.aliasTarget().dnsName());
            }
        }
    }

    /** Fails each check; a calculated one through its children, whose observations are what counts (C5). */
    private void addCheckFailures(Set<String> ids, List<EditCommand> steps) {
        Set<String> done = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(ids);
        while (!work.isEmpty()) {
            String id = work.poll();
            if (!done.add(id)) {
                continue;
            }
            Optional<HealthCheck> check = design.healthCheck(id);
            if (check.isEmpty()) {
                continue; // a dangling reference (V50) has nothing to fail
            }
            if (check.get().config() instanceof CalculatedCheck calculated) {
                work.addAll(calculated.childHealthChecks());
            } else {
                steps.add(new SetHealthObservationCommand(id, Optional.of(HealthObservation.FAILING)));
            }
        }
    }

    private static boolean sameAddress(String value, String wanted, Optional<IpPrefix> wantedAddress) {
        if (value == null) {
            return false;
        }
        if (value.strip().equalsIgnoreCase(wanted.strip())) {
            return true;
        }
        return wantedAddress.isPresent() && IpPrefix.parseAddress(value.strip()).equals(wantedAddress);
    }

    /**
     * Whether an AWS resource name names the Region: a label equal to a Region code
     * ({@code my-lb-1.us-east-1.elb.amazonaws.com}) or an S3 website label {@code s3-website-us-east-1}.
     */
    static boolean nameCarriesRegion(DomainName name, String region) {
        for (String label : name.labels()) {
            String l = label.toLowerCase(Locale.ROOT);
            if (l.equals(region) || l.equals("s3-website-" + region)) {
                return true;
            }
        }
        return false;
    }
}
