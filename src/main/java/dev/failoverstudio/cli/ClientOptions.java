package dev.failoverstudio.cli;

import dev.failoverstudio.domain.resolve.ClientContext;
import picocli.CommandLine.Option;

/** The client of a single query given on the command line (scenario-format.md "client"). */
final class ClientOptions {

    @Option(names = "--continent", description = "Route 53 continent code (AF, AN, AS, EU, NA, OC, SA)")
    String continent;

    @Option(names = "--country", description = "ISO country code, e.g. DE")
    String country;

    @Option(names = "--subdivision", description = "US state code, e.g. CA")
    String subdivision;

    @Option(names = "--region", description = "the client's nearest AWS Region, e.g. eu-central-1 (latency reference)")
    String region;

    @Option(names = "--latitude", description = "client latitude in degrees")
    Double latitude;

    @Option(names = "--longitude", description = "client longitude in degrees")
    Double longitude;

    @Option(names = "--ip", description = "resolver source address")
    String ip;

    @Option(names = "--ecs", description = "EDNS0 client subnet, address/length")
    String ecsSubnet;

    ClientContext toClient() {
        return new ClientContext(continent, country, subdivision, region, latitude, longitude, ip, ecsSubnet);
    }
}
