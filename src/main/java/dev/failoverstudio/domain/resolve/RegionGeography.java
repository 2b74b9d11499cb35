package dev.failoverstudio.domain.resolve;

import java.util.Map;
import java.util.Optional;

/**
 * Where each AWS Region of table M2 lies for geolocation purposes: its country and, in the US, its state.
 * Private hosted zones locate a query by the Region of the VPC it came from and map that Region to a
 * continent, country and subdivision (R107); the continent follows from the country (M1). Derived from the
 * {@code place} column of M2 (GovCloud US-West lies in Oregon, US-East in Ohio, as M2's coordinates say).
 */
final class RegionGeography {

    /** Region code → {@code CC} or {@code US-ST}. */
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("us-east-1", "US-VA"), Map.entry("us-east-2", "US-OH"), Map.entry("us-west-1", "US-CA"),
            Map.entry("us-west-2", "US-OR"), Map.entry("us-gov-west-1", "US-OR"), Map.entry("us-gov-east-1", "US-OH"),
            Map.entry("ca-central-1", "CA"), Map.entry("ca-west-1", "CA"), Map.entry("mx-central-1", "MX"),
            Map.entry("sa-east-1", "BR"),
            Map.entry("eu-west-1", "IE"), Map.entry("eu-west-2", "GB"), Map.entry("eu-west-3", "FR"),
            Map.entry("eu-central-1", "DE"), Map.entry("eu-central-2", "CH"), Map.entry("eu-north-1", "SE"),
            Map.entry("eu-south-1", "IT"), Map.entry("eu-south-2", "ES"), Map.entry("eusc-de-east-1", "DE"),
            Map.entry("me-south-1", "BH"), Map.entry("me-central-1", "AE"), Map.entry("il-central-1", "IL"),
            Map.entry("af-south-1", "ZA"),
            Map.entry("ap-east-1", "HK"), Map.entry("ap-east-2", "TW"), Map.entry("ap-south-1", "IN"),
            Map.entry("ap-south-2", "IN"), Map.entry("ap-southeast-1", "SG"), Map.entry("ap-southeast-2", "AU"),
            Map.entry("ap-southeast-3", "ID"), Map.entry("ap-southeast-4", "AU"), Map.entry("ap-southeast-5", "MY"),
            Map.entry("ap-southeast-6", "NZ"), Map.entry("ap-southeast-7", "TH"), Map.entry("ap-northeast-1", "JP"),
            Map.entry("ap-northeast-2", "KR"), Map.entry("ap-northeast-3", "JP"),
            Map.entry("cn-north-1", "CN"), Map.entry("cn-northwest-1", "CN"));

    private RegionGeography() {
    }

    /** The country and optional US state of a Region, if the Region is known. */
    static Optional<Place> of(String regionCode) {
        String place = regionCode == null ? null : PLACES.get(regionCode);
        if (place == null) {
            return Optional.empty();
        }
        int dash = place.indexOf('-');
        return Optional.of(dash < 0 ? new Place(place, null)
                : new Place(place.substring(0, dash), place.substring(dash + 1)));
    }

    record Place(String country, String subdivision) {
    }
}
