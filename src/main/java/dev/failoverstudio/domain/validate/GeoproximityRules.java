package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.GeoproximityRouting;
import dev.failoverstudio.domain.model.RecordSet;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Geoproximity routing (V31, R113): exactly one of AWSRegion, LocalZoneGroup or Coordinates; Bias −99…99;
 * Latitude and Longitude as strings of the service-model patterns within ±90 / ±180; AWSRegion from table M2.
 * The simulator knows no Local Zone group locations, so any LocalZoneGroup is refused with a clear message
 * (R113, A13).
 */
final class GeoproximityRules implements ZoneRule {

    private static final Pattern LATITUDE = Pattern.compile("[-+]?[0-9]{1,2}(\\.[0-9]{0,2})?");
    private static final Pattern LONGITUDE = Pattern.compile("[-+]?[0-9]{1,3}(\\.[0-9]{0,2})?");

    @Override
    public void check(ZoneView zone, List<Problem> out) {
        for (RecordSet r : zone.recordSets()) {
            if (r.routing() instanceof GeoproximityRouting geo) {
                check(zone, r, geo.location(), out);
            }
        }
    }

    private static void check(ZoneView zone, RecordSet r, GeoProximityLocation loc, List<Problem> out) {
        int kinds = (loc.awsRegion() != null ? 1 : 0) + (loc.localZoneGroup() != null ? 1 : 0)
                + (loc.hasCoordinates() ? 1 : 0);
        if (kinds != 1) {
            out.add(error(r, "GeoProximityLocation of " + r.describe() + " must have exactly one of AWSRegion,"
                    + " LocalZoneGroup or Coordinates (it has " + kinds + ")"));
        }
        if (loc.bias() != null && (loc.bias() < -99 || loc.bias() > 99)) {
            out.add(error(r, "Bias " + loc.bias() + " of " + r.describe() + " is outside -99 to 99"));
        }
        if (loc.awsRegion() != null && zone.geo().region(loc.awsRegion()).isEmpty()) {
            out.add(error(r, "AWSRegion '" + loc.awsRegion() + "' of " + r.describe() + " is not a known AWS Region"));
        }
        if (loc.localZoneGroup() != null) {
            out.add(Problem.error("R113", ApiErrors.INVALID_INPUT, r.key(), "LocalZoneGroup '" + loc.localZoneGroup()
                    + "' of " + r.describe() + " is unknown to the simulator, which has no Local Zone locations;"
                    + " use AWSRegion or Coordinates"));
        }
        if (loc.hasCoordinates()) {
            checkCoordinate(r, "Latitude", loc.latitude(), LATITUDE, 90, out);
            checkCoordinate(r, "Longitude", loc.longitude(), LONGITUDE, 180, out);
        }
    }

    private static void checkCoordinate(RecordSet r, String field, String value, Pattern pattern, int limit,
                                        List<Problem> out) {
        if (value == null) {
            out.add(error(r, "Coordinates of " + r.describe() + " need both Latitude and Longitude; " + field
                    + " is missing"));
        } else if (!pattern.matcher(value).matches()) {
            out.add(error(r, field + " '" + value + "' of " + r.describe() + " is not a decimal number with at most"
                    + " two decimals"));
        } else if (new BigDecimal(value).abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            out.add(error(r, field + " " + value + " of " + r.describe() + " is outside -" + limit + " to " + limit));
        }
    }

    private static Problem error(RecordSet r, String message) {
        return Problem.error("V31", ApiErrors.INVALID_INPUT, r.key(), message);
    }
}
