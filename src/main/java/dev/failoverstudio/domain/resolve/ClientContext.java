package dev.failoverstudio.domain.resolve;

/**
 * Who the answer is for (R173, C3): pre-resolved location attributes, the resolver address and the EDNS0
 * client subnet. Every field may be null; a context with no geographic attribute is an unmapped client
 * (R104). Attributes describe the ECS subnet's location when one is given, else the resolver's.
 *
 * <p>When a private hosted zone answers, only {@code region} counts: it is the Region of the VPC the query
 * comes from, and the geographic attributes, coordinates and client subnet are ignored (R94, R107, R171).
 *
 * @param region the client's nearest AWS Region, the latency reference (R91); in a private zone the VPC's Region
 * @param ip the resolver's source address
 * @param ecsSubnet the EDNS0 client subnet as {@code address/length}; wins over {@code ip} (R174). A bare address
 *                  gets the console test tool's default length, /24 for IPv4 and /64 for IPv6 (R172)
 */
public record ClientContext(String continent, String country, String subdivision, String region, Double latitude,
                            Double longitude, String ip, String ecsSubnet) {

    public static final ClientContext UNMAPPED = new ClientContext(null, null, null, null, null, null, null, null);

    public static ClientContext country(String country) {
        return new ClientContext(null, country, null, null, null, null, null, null);
    }

    public static ClientContext region(String region) {
        return new ClientContext(null, null, null, region, null, null, null, null);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    public boolean hasGeography() {
        return continent != null || country != null || subdivision != null;
    }

    public ClientContext withContinent(String value) {
        return new ClientContext(value, country, subdivision, region, latitude, longitude, ip, ecsSubnet);
    }

    public ClientContext withCountry(String value) {
        return new ClientContext(continent, value, subdivision, region, latitude, longitude, ip, ecsSubnet);
    }

    public ClientContext withSubdivision(String value) {
        return new ClientContext(continent, country, value, region, latitude, longitude, ip, ecsSubnet);
    }

    public ClientContext withRegion(String value) {
        return new ClientContext(continent, country, subdivision, value, latitude, longitude, ip, ecsSubnet);
    }

    public ClientContext withCoordinates(Double lat, Double lon) {
        return new ClientContext(continent, country, subdivision, region, lat, lon, ip, ecsSubnet);
    }

    public ClientContext withIp(String value) {
        return new ClientContext(continent, country, subdivision, region, latitude, longitude, value, ecsSubnet);
    }

    public ClientContext withEcsSubnet(String value) {
        return new ClientContext(continent, country, subdivision, region, latitude, longitude, ip, value);
    }
}
