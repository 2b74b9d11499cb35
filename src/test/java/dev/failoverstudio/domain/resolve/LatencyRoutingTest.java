package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** §7.4 latency routing: R90–R94 with A10, A11, A35 and A39 (the deterministic distance model). */
class LatencyRoutingTest {

    /** One latency record per Region; the value is the Region code so answers name the Region. */
    private static EngineHarness regions(String... regions) {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (String region : regions) {
            z.add("www", RecordType.A).latency(region, region).healthCheck("hc-" + region).values(region);
        }
        return new EngineHarness(z);
    }

    private static String best(EngineHarness h, ClientContext client, String... unhealthy) {
        Resolution r = h.resolve("www.example.com", "A", client, FixedHealth.allHealthy().unhealthy(unhealthy));
        assertThat(r.answers()).hasSize(1);
        return r.answers().get(0);
    }

    @Test
    void r90_onlyRegionsWithARecordSetAreCandidates() {
        EngineHarness h = regions("us-west-2", "ap-northeast-1");
        // a Frankfurt client: no European record, so the nearer of the two that exist (Oregon)
        assertThat(best(h, ClientContext.region("eu-central-1"))).isEqualTo("us-west-2");
    }

    @Test
    void r91_a10_theClientsNearestRegionComesFirstThenByGreatCircleDistance() {
        EngineHarness h = regions("us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-1", "sa-east-1");
        for (String region : List.of("us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-1", "sa-east-1")) {
            assertThat(best(h, ClientContext.region(region))).as(region).isEqualTo(region);
        }
        // Frankfurt: Ireland (~1,080 km) before N. Virginia (~6,600 km) before Singapore and São Paulo
        assertThat(best(h, ClientContext.region("eu-central-1"), "hc-eu-central-1")).isEqualTo("eu-west-1");
        assertThat(best(h, ClientContext.region("eu-central-1"), "hc-eu-central-1", "hc-eu-west-1"))
                .isEqualTo("us-east-1");
        // Milan has no record: Frankfurt is nearer than Ireland
        assertThat(best(h, ClientContext.region("eu-south-1"))).isEqualTo("eu-central-1");
        assertThat(best(h, ClientContext.region("ap-east-1"))).isEqualTo("ap-southeast-1");
    }

    @Test
    void r91_explicitCoordinatesWinOverTheRegionField() {
        EngineHarness h = regions("us-east-1", "eu-west-1");
        ClientContext lisbon = ClientContext.region("us-east-1").withCoordinates(38.7, -9.1);
        assertThat(best(h, lisbon)).isEqualTo("eu-west-1");
    }

    @Test
    void r91_a39_theClientsOwnRegionWinsATieOfCoordinatesOtherTiesGoByRegionCode() {
        // M2 gives us-east-2 (Ohio) and us-gov-east-1 the same reference point
        EngineHarness h = regions("us-gov-east-1", "us-east-2");
        assertThat(best(h, ClientContext.region("us-east-2"))).isEqualTo("us-east-2");
        assertThat(best(h, ClientContext.region("us-gov-east-1"))).isEqualTo("us-gov-east-1");
        // from coordinates the two are equally far: ASCII order of the Region code
        assertThat(best(h, ClientContext.UNMAPPED.withCoordinates(40.0, -83.0))).isEqualTo("us-east-2");
        assertThat(best(h, ClientContext.UNMAPPED.withCoordinates(10.0, 10.0))).isEqualTo("us-east-2");
    }

    @Test
    void a39_recordSetsOfOneRegionTieBySetIdentifier() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).latency("zeta", "eu-west-1").values("192.0.2.26");
        z.add("www", RecordType.A).latency("alpha", "eu-west-1").values("192.0.2.1");
        assertThat(new EngineHarness(z).resolve("www.example.com", "A", ClientContext.region("eu-west-1"))
                .answers()).containsExactly("192.0.2.1");
    }

    @Test
    void r91_a35_aClientWithoutLocationIsAnsweredFromTheUsEast1ReferencePoint() {
        EngineHarness h = regions("us-east-2", "eu-west-1", "us-east-1");
        assertThat(best(h, ClientContext.UNMAPPED)).isEqualTo("us-east-1");
        assertThat(best(h, ClientContext.country("DE"))).isEqualTo("us-east-1");
        assertThat(best(h, ClientContext.region("mars-central-1"))).isEqualTo("us-east-1");
        Resolution r = h.resolve("www.example.com", "A", ClientContext.UNMAPPED);
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("A35"));
        // a Region code in upper case is still the client's Region
        assertThat(best(h, ClientContext.region("EU-WEST-1"))).isEqualTo("eu-west-1");
    }

    @Test
    void r92_a11_clientsInChinaGetCnNorth1FirstOthersDoNot() {
        EngineHarness h = regions("cn-north-1", "ap-northeast-1", "ap-east-1");
        ClientContext tokyoResolverInChina = ClientContext.country("CN").withRegion("ap-northeast-1");
        assertThat(best(h, tokyoResolverInChina)).isEqualTo("cn-north-1");
        assertThat(best(h, tokyoResolverInChina, "hc-cn-north-1")).isEqualTo("ap-northeast-1");
        for (String country : List.of("HK", "MO", "TW", "JP")) {
            assertThat(best(h, ClientContext.country(country).withRegion("ap-northeast-1"))).as(country)
                    .isEqualTo("ap-northeast-1");
        }
        // only cn-north-1 has the rule
        EngineHarness ningxia = regions("cn-northwest-1", "ap-east-1");
        assertThat(best(ningxia, ClientContext.country("CN").withRegion("ap-east-1"))).isEqualTo("ap-east-1");
    }

    @Test
    void r93_theNextBestHealthyRegionAndWhenNoneIsHealthyTheBestRanked() {
        EngineHarness h = regions("us-east-1", "us-west-2", "eu-west-1");
        ClientContext virginia = ClientContext.region("us-east-1");
        assertThat(best(h, virginia, "hc-us-east-1")).isEqualTo("us-west-2");
        Resolution r = h.resolve("www.example.com", "A", virginia,
                FixedHealth.allHealthy().unhealthy("hc-us-east-1", "hc-us-west-2", "hc-eu-west-1"));
        assertThat(r.answers()).containsExactly("us-east-1");
        assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R93"));
    }

    @Test
    void r94_aPrivateZoneRanksFromTheVpcRegionIgnoringEcsAndCoordinates() {
        ZoneFixture z = new ZoneFixture("corp.internal.").privateZone();
        z.add("svc", RecordType.A).latency("iad", "us-east-1").values("10.0.0.1");
        z.add("svc", RecordType.A).latency("fra", "eu-central-1").values("10.1.0.1");
        EngineHarness h = new EngineHarness(z);
        ClientContext vpcInFrankfurt = ClientContext.region("eu-central-1").withCoordinates(38.9, -77.4)
                .withEcsSubnet("198.51.100.0/24").withCountry("US");
        Resolution r = h.resolve("svc.corp.internal", "A", vpcInFrankfurt);
        assertThat(r.answers()).containsExactly("10.1.0.1");
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R94") || s.rule().equals("R171"));
        // the same client against a public zone uses its coordinates
        ZoneFixture pub = new ZoneFixture("example.com.");
        pub.add("svc", RecordType.A).latency("iad", "us-east-1").values("192.0.2.1");
        pub.add("svc", RecordType.A).latency("fra", "eu-central-1").values("192.0.2.2");
        assertThat(new EngineHarness(pub).resolve("svc.example.com", "A", vpcInFrankfurt).answers())
                .containsExactly("192.0.2.1");
    }
}
