package dev.failoverstudio.dns.zonefile;

import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.MultiValueRouting;
import dev.failoverstudio.domain.model.Routing;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;

import java.util.Map;

/** The routing policy of a record set (R3) as AWS comment fields, and back. Field names follow cli53. */
final class RoutingFields {

    private RoutingFields() {
    }

    static void put(Routing routing, Map<String, String> out) {
        if (routing instanceof SimpleRouting) {
            return;
        }
        out.put("routing", routing.policy().name().replace("_", ""));
        if (routing instanceof WeightedRouting w) {
            out.put("weight", Long.toString(w.weight()));
        } else if (routing instanceof FailoverRouting f) {
            out.put("failover", f.role().name());
        } else if (routing instanceof LatencyRouting l) {
            out.put("region", l.region());
        } else if (routing instanceof GeolocationRouting g) {
            putIf(out, "continentCode", g.location().continentCode());
            putIf(out, "countryCode", g.location().countryCode());
            putIf(out, "subdivisionCode", g.location().subdivisionCode());
        } else if (routing instanceof GeoproximityRouting p) {
            GeoProximityLocation l = p.location();
            putIf(out, "awsRegion", l.awsRegion());
            putIf(out, "localZoneGroup", l.localZoneGroup());
            putIf(out, "latitude", l.latitude());
            putIf(out, "longitude", l.longitude());
            if (l.bias() != null) {
                out.put("bias", Long.toString(l.bias()));
            }
        } else if (routing instanceof IpBasedRouting i) {
            out.put("cidrCollectionId", i.collectionId());
            out.put("cidrLocation", i.locationName());
        }
    }

    /**
     * The routing the fields describe.
     *
     * @throws IllegalArgumentException for an unknown routing name or a missing or malformed field
     */
    static Routing read(Map<String, String> f) {
        String routing = f.get("routing");
        if (routing == null) {
            return SimpleRouting.INSTANCE;
        }
        return switch (routing) {
            case "SIMPLE" -> SimpleRouting.INSTANCE;
            case "WEIGHTED" -> new WeightedRouting(number(f, "weight"));
            case "FAILOVER" -> new FailoverRouting(FailoverRole.valueOf(required(f, "failover")));
            case "LATENCY" -> new LatencyRouting(required(f, "region"));
            case "GEOLOCATION" -> new GeolocationRouting(new GeoLocation(f.get("continentCode"), f.get("countryCode"),
                    f.get("subdivisionCode")));
            case "GEOPROXIMITY" -> new GeoproximityRouting(new GeoProximityLocation(f.get("awsRegion"),
                    f.get("localZoneGroup"), f.get("latitude"), f.get("longitude"),
                    f.containsKey("bias") ? number(f, "bias") : null));
            case "MULTIVALUE" -> MultiValueRouting.INSTANCE;
            case "IPBASED" -> new IpBasedRouting(required(f, "cidrCollectionId"), required(f, "cidrLocation"));
            default -> throw new IllegalArgumentException("unknown routing \"" + routing + "\"; expected SIMPLE,"
                    + " WEIGHTED, FAILOVER, LATENCY, GEOLOCATION, GEOPROXIMITY, MULTIVALUE or IPBASED");
        };
    }

    static String required(Map<String, String> f, String key) {
        String value = f.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key + "=\"...\"");
        }
        return value;
    }

    static long number(Map<String, String> f, String key) {
        try {
            return Long.parseLong(required(f, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, found \"" + f.get(key) + "\"");
        }
    }

    private static void putIf(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
