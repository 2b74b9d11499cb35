package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** §7.6 geoproximity routing: R110–R116 with A13, A14, A15, A38 and A39. */
class GeoproximityRoutingTest {

    /** The client sits on the equator at longitude 0; one degree of latitude is about 111.19 km. */
    private static final ClientContext ORIGIN = ClientContext.UNMAPPED.withCoordinates(0.0, 0.0);

    private static GeoProximityLocation at(String latitude, String longitude, Long bias) {
        return new GeoProximityLocation(null, null, latitude, longitude, bias);
    }

    private static GeoProximityLocation region(String region, Long bias) {
        return new GeoProximityLocation(region, null, null, null, bias);
    }

    private static String answer(ZoneFixture z, ClientContext client, String... unhealthy) {
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", client,
                FixedHealth.allHealthy().unhealthy(unhealthy));
        assertThat(r.answers()).hasSize(1);
        return r.answers().get(0);
    }

    @Test
    void r110_coordinatesAreTruncatedToTwoDecimals() {
        ZoneFixture z = new ZoneFixture("example.com.");
        // untruncated, "b" is nearer; truncated both sit at 1.00 and the tie goes by set identifier (A38)
        z.add("www", RecordType.A).proximity("a", at("1.009", "0", null)).values("a");
        z.add("www", RecordType.A).proximity("b", at("1.001", "0", null)).values("b");
        assertThat(answer(z, ORIGIN)).isEqualTo("a");
        assertThat(GeoproximitySelector.truncate("-33.879")).isEqualTo(-33.87);
        assertThat(GeoproximitySelector.truncate("151.2099")).isEqualTo(151.20);
    }

    @Test
    void r110_aRegionOrCoordinatesLocateTheResource() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("dub", region("eu-west-1", null)).values("dub");
        z.add("www", RecordType.A).proximity("nyc", at("40.71", "-74.00", null)).values("nyc");
        assertThat(answer(z, ClientContext.region("eu-west-2"))).isEqualTo("dub");
        assertThat(answer(z, ClientContext.region("us-east-1"))).isEqualTo("nyc");
    }

    @Test
    void r111_biasScalesTheDistance() {
        assertThat(GeoproximitySelector.biased(100, 50)).isCloseTo(50, within(1e-9));
        assertThat(GeoproximitySelector.biased(100, -50)).isCloseTo(200, within(1e-9));
        assertThat(GeoproximitySelector.biased(100, 0)).isCloseTo(100, within(1e-9));
        assertThat(GeoproximitySelector.biased(100, 99)).isCloseTo(1, within(1e-9));
        assertThat(GeoproximitySelector.biased(100, -99)).isCloseTo(10000, within(1e-6));
    }

    @Test
    void r111_anOutOfRangeBiasIsClampedSoAnInvalidDesignStillRanksSensibly() {
        // V31 rejects a bias outside -99…99; the engine must neither divide by zero nor invert the ranking
        assertThat(GeoproximitySelector.biased(100, -100)).isCloseTo(10000, within(1e-6));
        assertThat(GeoproximitySelector.biased(100, -150)).isCloseTo(10000, within(1e-6));
        assertThat(GeoproximitySelector.biased(100, 150)).isCloseTo(1, within(1e-9));
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("far", at("3", "0", -150L)).values("far");
        z.add("www", RecordType.A).proximity("near", at("1", "0", null)).values("near");
        assertThat(answer(z, ORIGIN)).isEqualTo("near");
    }

    @Test
    void r111_aNegativeBiasShrinksTheAreaAResourceServes() {
        ZoneFixture z = new ZoneFixture("example.com.");
        // A ~150 km away with bias -50 looks 300 km away; B ~250 km away wins
        z.add("www", RecordType.A).proximity("a", at("1.35", "0", -50L)).values("a");
        z.add("www", RecordType.A).proximity("b", at("-2.25", "0", null)).values("b");
        assertThat(answer(z, ORIGIN)).isEqualTo("b");
        ZoneFixture unbiased = new ZoneFixture("example.com.");
        unbiased.add("www", RecordType.A).proximity("a", at("1.35", "0", null)).values("a");
        unbiased.add("www", RecordType.A).proximity("b", at("-2.25", "0", null)).values("b");
        assertThat(answer(unbiased, ORIGIN)).isEqualTo("a");
    }

    @Test
    void r112_theDeveloperGuideWorkedExample() {
        // A 150 km away with bias +50 (biased 75 km) beats B 100 km away without bias
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("a", at("1.35", "0", 50L)).values("a");
        z.add("www", RecordType.A).proximity("b", at("-0.90", "0", 0L)).values("b");
        assertThat(answer(z, ORIGIN)).isEqualTo("a");
        ZoneFixture noBias = new ZoneFixture("example.com.");
        noBias.add("www", RecordType.A).proximity("a", at("1.35", "0", null)).values("a");
        noBias.add("www", RecordType.A).proximity("b", at("-0.90", "0", 0L)).values("b");
        assertThat(answer(noBias, ORIGIN)).isEqualTo("b");
    }

    @Test
    void r113_a13_aLocalZoneGroupWithoutCatalogCoordinatesRanksLast() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("lz", new GeoProximityLocation(null, "us-east-1-bos-1", null, null, 99L))
                .values("lz");
        z.add("www", RecordType.A).proximity("far", region("ap-southeast-2", null)).healthCheck("hc-far")
                .values("far");
        assertThat(answer(z, ClientContext.region("us-east-1"))).isEqualTo("far");
        assertThat(answer(z, ClientContext.region("us-east-1"), "hc-far")).isEqualTo("lz");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", ClientContext.region("us-east-1"));
        assertThat(r.trace()).anyMatch(s -> s.decision().contains("unknown location"));
    }

    @Test
    void r114_a14_theNextSmallestBiasedDistanceAndWhenNoneIsHealthyTheSmallest() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("near", at("1", "0", null)).healthCheck("hc-near").values("near");
        z.add("www", RecordType.A).proximity("far-biased", at("6", "0", 50L)).healthCheck("hc-fb").values("fb");
        z.add("www", RecordType.A).proximity("mid", at("4", "0", null)).healthCheck("hc-mid").values("mid");
        assertThat(answer(z, ORIGIN)).isEqualTo("near");
        // biased: near 1°, far-biased 3°, mid 4°
        assertThat(answer(z, ORIGIN, "hc-near")).isEqualTo("fb");
        assertThat(answer(z, ORIGIN, "hc-near", "hc-fb")).isEqualTo("mid");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", ORIGIN,
                FixedHealth.allHealthy().unhealthy("hc-near", "hc-fb", "hc-mid"));
        assertThat(r.answers()).containsExactly("near");
        assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R114"));
    }

    @Test
    void r115_thirtyRecordSetsPerNameAndTypeAreRanked() {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int i = 0; i < 30; i++) {
            z.add("www", RecordType.A).proximity("r" + i, at(i + ".0", "0", null)).healthCheck("hc-" + i)
                    .values("r" + i);
        }
        ClientContext client = ClientContext.UNMAPPED.withCoordinates(12.3, 0.0);
        assertThat(answer(z, client)).isEqualTo("r12");
        assertThat(answer(z, client, "hc-12")).isEqualTo("r13");
        assertThat(answer(z, client, "hc-12", "hc-13")).isEqualTo("r11");
    }

    @Test
    void r116_a15_aClientWithoutLocationUsesTheUsEast1ReferencePoint() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("iad", region("us-east-1", null)).values("iad");
        z.add("www", RecordType.A).proximity("dub", region("eu-west-1", null)).values("dub");
        assertThat(answer(z, ClientContext.UNMAPPED)).isEqualTo("iad");
        assertThat(answer(z, ClientContext.region("eu-west-2"))).isEqualTo("dub");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", ClientContext.UNMAPPED);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R116"));
    }

    @Test
    void a38_recordSetsMayShareALocationEachWithItsOwnBias() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("b-plain", region("eu-west-1", null)).values("plain");
        z.add("www", RecordType.A).proximity("a-plain", region("eu-west-1", null)).values("first-by-id");
        assertThat(answer(z, ClientContext.region("us-east-1"))).isEqualTo("first-by-id");
        z.add("www", RecordType.A).proximity("z-biased", region("eu-west-1", 10L)).values("biased");
        assertThat(answer(z, ClientContext.region("us-east-1"))).isEqualTo("biased");
    }

    @Test
    void a39_equalBiasedDistancesTieByRegionCode() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).proximity("a", region("us-gov-east-1", null)).values("gov");
        z.add("www", RecordType.A).proximity("b", region("us-east-2", null)).values("ohio");
        assertThat(answer(z, ClientContext.region("us-east-1"))).isEqualTo("ohio");
    }
}
