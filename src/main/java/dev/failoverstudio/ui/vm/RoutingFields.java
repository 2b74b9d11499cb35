package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The routing fields of a record set: its policy, and the attributes that policy has in the Route 53 API (Weight,
 * Failover, Region, GeoLocation, GeoProximityLocation, CidrRoutingConfig).
 */
final class RoutingFields {

    static final String NONE = "(none)";

    private final List<String> awsRegions;

    RoutingFields(List<String> awsRegions) {
        this.awsRegions = List.copyOf(awsRegions);
    }

    void add(RecordSet rs, Function<Function<String, RecordSet>, Function<String, Optional<String>>> replace,
             List<InspectorField> out) {
        List<String> policies = new ArrayList<>();
        for (RoutingPolicy p : RoutingPolicy.values()) {
            policies.add(p.label());
        }
        String cat = InspectorViewModel.ROUTING;
        out.add(InspectorViewModel.choice(cat, "Routing policy",
                "All record sets of a group share one policy (V11).", policies, rs.policy().label(),
                replace.apply(t -> convert(rs, policy(t)))));
        Routing r = rs.routing();
        if (r instanceof WeightedRouting w) {
            out.add(InspectorViewModel.text(cat, "Weight", "Weight, 0–255; 0 answers only when all others are 0 "
                            + "or unhealthy (R70, V20).", Long.toString(w.weight()),
                    replace.apply(t -> rs.withRouting(rs.setIdentifier(),
                            new WeightedRouting(Parse.range(t, "Weight", 0, 255))))));
        } else if (r instanceof FailoverRouting f) {
            out.add(InspectorViewModel.choice(cat, "Failover", "PRIMARY or SECONDARY (R80).",
                    InspectorViewModel.names(FailoverRole.values()), f.role().name(),
                    replace.apply(t -> rs.withRouting(rs.setIdentifier(),
                            new FailoverRouting(FailoverRole.valueOf(t))))));
        } else if (r instanceof LatencyRouting l) {
            out.add(InspectorViewModel.choice(cat, "Region", "The AWS Region of the resource (R90, V24).",
                    withCurrent(awsRegions, l.region()), l.region(),
                    replace.apply(t -> rs.withRouting(rs.setIdentifier(), new LatencyRouting(required(t, "Region"))))));
        } else if (r instanceof GeolocationRouting g) {
            GeoLocation loc = g.location();
            out.add(InspectorViewModel.text(cat, "Continent code", "ContinentCode: AF, AN, AS, EU, NA, OC or SA.",
                    loc.continentCode(), replace.apply(t -> geo(rs, new GeoLocation(code(t), loc.countryCode(),
                            loc.subdivisionCode())))));
            out.add(InspectorViewModel.text(cat, "Country code", "CountryCode (ISO 3166-1 alpha-2), or * for the "
                    + "default location (R100).", loc.countryCode(), replace.apply(t -> geo(rs,
                    new GeoLocation(loc.continentCode(), code(t), loc.subdivisionCode())))));
            out.add(InspectorViewModel.text(cat, "Subdivision code", "SubdivisionCode: a US state with CountryCode US.",
                    loc.subdivisionCode(), replace.apply(t -> geo(rs, new GeoLocation(loc.continentCode(),
                            loc.countryCode(), code(t))))));
        } else if (r instanceof GeoproximityRouting g) {
            GeoProximityLocation loc = g.location();
            out.add(InspectorViewModel.text(cat, "AWS Region", "AWSRegion; or give a Local Zone group or coordinates "
                    + "(exactly one, V31).", loc.awsRegion(), replace.apply(t -> proximity(rs, new GeoProximityLocation(
                    blank(t), loc.localZoneGroup(), loc.latitude(), loc.longitude(), loc.bias())))));
            out.add(InspectorViewModel.text(cat, "Local Zone group", "LocalZoneGroup.", loc.localZoneGroup(),
                    replace.apply(t -> proximity(rs, new GeoProximityLocation(loc.awsRegion(), blank(t),
                            loc.latitude(), loc.longitude(), loc.bias())))));
            out.add(InspectorViewModel.text(cat, "Latitude", "Coordinates.Latitude, -90 to 90.", loc.latitude(),
                    replace.apply(t -> proximity(rs, new GeoProximityLocation(loc.awsRegion(), loc.localZoneGroup(),
                            t.isEmpty() ? null : Parse.decimal(t, "Latitude", -90, 90), loc.longitude(), loc.bias())))));
            out.add(InspectorViewModel.text(cat, "Longitude", "Coordinates.Longitude, -180 to 180.", loc.longitude(),
                    replace.apply(t -> proximity(rs, new GeoProximityLocation(loc.awsRegion(), loc.localZoneGroup(),
                            loc.latitude(), t.isEmpty() ? null : Parse.decimal(t, "Longitude", -180, 180),
                            loc.bias())))));
            out.add(InspectorViewModel.text(cat, "Bias", "Bias, -99 to 99: grows (+) or shrinks (-) the area "
                    + "(R111).", loc.bias() == null ? "" : loc.bias().toString(), replace.apply(t -> proximity(rs,
                    new GeoProximityLocation(loc.awsRegion(), loc.localZoneGroup(), loc.latitude(), loc.longitude(),
                            t.isEmpty() ? null : Parse.range(t, "Bias", -99, 99))))));
        } else if (r instanceof IpBasedRouting ip) {
            out.add(InspectorViewModel.text(cat, "CIDR collection", "CidrRoutingConfig.CollectionId.",
                    ip.collectionId(), replace.apply(t -> rs.withRouting(rs.setIdentifier(),
                            new IpBasedRouting(required(t, "CIDR collection"), ip.locationName())))));
            out.add(InspectorViewModel.text(cat, "CIDR location", "CidrRoutingConfig.LocationName, or * for the "
                    + "default (R130).", ip.locationName(), replace.apply(t -> rs.withRouting(rs.setIdentifier(),
                    new IpBasedRouting(ip.collectionId(), required(t, "CIDR location"))))));
        }
    }

    private static List<String> withCurrent(List<String> regions, String current) {
        if (regions.contains(current)) {
            return regions;
        }
        List<String> out = new ArrayList<>(regions);
        out.add(0, current);
        return out;
    }

    private static RoutingPolicy policy(String label) {
        for (RoutingPolicy p : RoutingPolicy.values()) {
            if (p.label().equals(label) || p.name().equalsIgnoreCase(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException(label + " is not a routing policy.");
    }

    /** The record set with another policy and that policy's defaults; simple routing drops the set identifier. */
    private RecordSet convert(RecordSet rs, RoutingPolicy policy) {
        if (policy == rs.policy()) {
            return rs;
        }
        String setId = policy == RoutingPolicy.SIMPLE ? null
                : rs.setIdentifier() != null ? rs.setIdentifier()
                : policy.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-1";
        String region = awsRegions.contains("us-east-1") || awsRegions.isEmpty() ? "us-east-1" : awsRegions.get(0);
        Routing routing = switch (policy) {
            case SIMPLE -> SimpleRouting.INSTANCE;
            case WEIGHTED -> new WeightedRouting(10);
            case FAILOVER -> new FailoverRouting(FailoverRole.PRIMARY);
            case LATENCY -> new LatencyRouting(region);
            case GEOLOCATION -> new GeolocationRouting(GeoLocation.defaultLocation());
            case GEOPROXIMITY -> new GeoproximityRouting(new GeoProximityLocation(region, null, null, null, null));
            case MULTIVALUE -> MultiValueRouting.INSTANCE;
            case IP_BASED -> new IpBasedRouting("cidr-collection", IpBasedRouting.DEFAULT_LOCATION);
        };
        return rs.withRouting(setId, routing);
    }

    private static RecordSet geo(RecordSet rs, GeoLocation location) {
        return rs.withRouting(rs.setIdentifier(), new GeolocationRouting(location));
    }

    private static RecordSet proximity(RecordSet rs, GeoProximityLocation location) {
        return rs.withRouting(rs.setIdentifier(), new GeoproximityRouting(location));
    }

    private static String code(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.equals("*") && !t.matches("[A-Za-z0-9]{1,3}")) {
            throw new IllegalArgumentException("A location code is one to three letters or digits (or * for the "
                    + "default); '" + t + "' is not.");
        }
        return t.toUpperCase(Locale.ROOT);
    }

    private static String blank(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static String required(String text, String field) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " is required.");
        }
        return text.strip();
    }
}
