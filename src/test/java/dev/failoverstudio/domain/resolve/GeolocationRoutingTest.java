package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** §7.5 geolocation routing: R100–R108 with A5, A12 and A34. */
class GeolocationRoutingTest {

    /** www: a record set per location kind; each value names its location. */
    private static ZoneFixture full() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).geo("us-ca", GeoLocation.usState("CA")).healthCheck("hc-us-ca").values("us-ca");
        z.add("www", RecordType.A).geo("us", GeoLocation.country("US")).healthCheck("hc-us").values("us");
        z.add("www", RecordType.A).geo("na", GeoLocation.continent("NA")).healthCheck("hc-na").values("na");
        z.add("www", RecordType.A).geo("de", GeoLocation.country("DE")).healthCheck("hc-de").values("de");
        z.add("www", RecordType.A).geo("eu", GeoLocation.continent("EU")).healthCheck("hc-eu").values("eu");
        z.add("www", RecordType.A).geo("af", GeoLocation.continent("AF")).healthCheck("hc-af").values("af");
        z.add("www", RecordType.A).geo("as", GeoLocation.continent("AS")).healthCheck("hc-as").values("as");
        z.add("www", RecordType.A).geo("oc", GeoLocation.continent("OC")).healthCheck("hc-oc").values("oc");
        z.add("www", RecordType.A).geo("default", GeoLocation.defaultLocation()).healthCheck("hc-default")
                .values("default");
        return z;
    }

    private static String answer(EngineHarness h, ClientContext client, String... unhealthy) {
        Resolution r = h.resolve("www.example.com", "A", client, FixedHealth.allHealthy().unhealthy(unhealthy));
        assertThat(r.answers()).as(client.toString()).hasSizeLessThanOrEqualTo(1);
        return r.answers().isEmpty() ? null : r.answers().get(0);
    }

    private static ClientContext us(String state) {
        return ClientContext.country("US").withSubdivision(state);
    }

    @Test
    void r100_defaultContinentCountryAndStateLocations() {
        EngineHarness h = new EngineHarness(full());
        assertThat(answer(h, us("CA"))).isEqualTo("us-ca");
        assertThat(answer(h, us("NY"))).isEqualTo("us");
        assertThat(answer(h, ClientContext.country("CA"))).isEqualTo("na");
        assertThat(answer(h, ClientContext.country("DE"))).isEqualTo("de");
        assertThat(answer(h, ClientContext.country("FR"))).isEqualTo("eu");
        assertThat(answer(h, ClientContext.country("BR"))).isEqualTo("default");
    }

    @Test
    void r100_theContinentCodeClashesFollowTableM1() {
        EngineHarness h = new EngineHarness(full());
        assertThat(answer(h, ClientContext.country("NA"))).as("Namibia").isEqualTo("af");
        assertThat(answer(h, ClientContext.country("SA"))).as("Saudi Arabia").isEqualTo("as");
        assertThat(answer(h, ClientContext.country("AS"))).as("American Samoa").isEqualTo("oc");
        assertThat(answer(h, ClientContext.country("PR"))).as("Puerto Rico is a country in NA").isEqualTo("na");
        assertThat(answer(h, ClientContext.country("UA"))).isEqualTo("eu");
        assertThat(answer(h, ClientContext.country("TR"))).isEqualTo("eu");
    }

    @Test
    void r101_theContinentIsDerivedFromTheCountry() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).geo("eu", GeoLocation.continent("EU")).values("eu");
        EngineHarness h = new EngineHarness(z);
        assertThat(answer(h, ClientContext.country("de"))).isEqualTo("eu");
        assertThat(answer(h, ClientContext.country("US"))).isNull();
    }

    @Test
    void r101_a34_aClientWithOnlyAContinentGetsTheContinentOrDefault() {
        EngineHarness h = new EngineHarness(full());
        ClientContext europe = ClientContext.UNMAPPED.withContinent("EU");
        assertThat(answer(h, europe)).isEqualTo("eu");
        assertThat(answer(h, europe, "hc-eu")).isEqualTo("default");
        assertThat(answer(h, ClientContext.UNMAPPED.withContinent("SA"))).isEqualTo("default");
    }

    @Test
    void r102_theMostSpecificMatchingAreaWinsOthersAreNeverUsed() {
        EngineHarness h = new EngineHarness(full());
        // a Californian goes to the state even though US, NA and default also match
        assertThat(answer(h, us("CA"))).isEqualTo("us-ca");
        // a German client never gets the NA or US records, even with DE and EU unhealthy
        assertThat(answer(h, ClientContext.country("DE"), "hc-de", "hc-eu")).isEqualTo("default");
    }

    @Test
    void r103_theFirstHealthyOfStateCountryContinentDefault() {
        EngineHarness h = new EngineHarness(full());
        assertThat(answer(h, us("CA"), "hc-us-ca")).isEqualTo("us");
        assertThat(answer(h, us("CA"), "hc-us-ca", "hc-us")).isEqualTo("na");
        assertThat(answer(h, us("CA"), "hc-us-ca", "hc-us", "hc-na")).isEqualTo("default");
    }

    @Test
    void r103_whenTheWholeChainIsUnhealthyTheSmallestAreaAnswers() {
        EngineHarness h = new EngineHarness(full());
        Resolution r = h.resolve("www.example.com", "A", us("CA"), FixedHealth.allHealthy()
                .unhealthy("hc-us-ca", "hc-us", "hc-na", "hc-default"));
        assertThat(r.answers()).containsExactly("us-ca");
        assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R103"));
        assertThat(answer(h, ClientContext.country("FR"), "hc-eu", "hc-default")).isEqualTo("eu");
    }

    @Test
    void r103_anEmptyChainAnswersNodata() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).geo("de", GeoLocation.country("DE")).values("de");
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A", ClientContext.country("JP"));
        assertThat(r.rcode()).isEqualTo(Rcode.NOERROR);
        assertThat(r.answers()).isEmpty();
    }

    @Test
    void r104_anUnmappedClientGetsOnlyTheDefaultRecordSet() {
        EngineHarness h = new EngineHarness(full());
        assertThat(answer(h, ClientContext.UNMAPPED)).isEqualTo("default");
        assertThat(answer(h, ClientContext.UNMAPPED, "hc-default")).isEqualTo("default");
        ZoneFixture noDefault = new ZoneFixture("example.com.");
        noDefault.add("www", RecordType.A).geo("de", GeoLocation.country("DE")).values("de");
        assertThat(answer(new EngineHarness(noDefault), ClientContext.UNMAPPED)).isNull();
        assertThat(h.resolve("www.example.com", "A", ClientContext.UNMAPPED).trace())
                .anyMatch(s -> s.rule().equals("R104"));
    }

    @Test
    void r105_a12_aUsAddressWithoutAStateUsesUsThenNaThenDefault() {
        EngineHarness h = new EngineHarness(full());
        ClientContext usNoState = ClientContext.country("US");
        assertThat(answer(h, usNoState)).isEqualTo("us");
        assertThat(answer(h, usNoState, "hc-us")).isEqualTo("na");
        assertThat(answer(h, usNoState, "hc-us", "hc-na")).isEqualTo("default");
        // with neither a US nor a NA record: the default, or no answer (the DG's statement)
        ZoneFixture onlyStates = new ZoneFixture("example.com.");
        onlyStates.add("www", RecordType.A).geo("us-ca", GeoLocation.usState("CA")).values("us-ca");
        assertThat(answer(new EngineHarness(onlyStates), usNoState)).isNull();
        onlyStates.add("www", RecordType.A).geo("default", GeoLocation.defaultLocation()).values("default");
        assertThat(answer(new EngineHarness(onlyStates), usNoState)).isEqualTo("default");
    }

    @Test
    void r106_aContinentAndACountryOnItCoexistAndTheCountryIsPreferred() {
        EngineHarness h = new EngineHarness(full());
        assertThat(answer(h, ClientContext.country("DE"))).isEqualTo("de");
        assertThat(answer(h, ClientContext.country("DE"), "hc-de")).isEqualTo("eu");
        assertThat(answer(h, ClientContext.country("AT"))).isEqualTo("eu");
    }

    @Test
    void r107_aPrivateZoneLocatesTheQueryByTheVpcRegion() {
        ZoneFixture z = new ZoneFixture("corp.internal.").privateZone();
        z.add("www", RecordType.A).geo("us-va", GeoLocation.usState("VA")).healthCheck("hc-us-va").values("us-va");
        z.add("www", RecordType.A).geo("de", GeoLocation.country("DE")).healthCheck("hc-de").values("de");
        z.add("www", RecordType.A).geo("as", GeoLocation.continent("AS")).values("as");
        z.add("www", RecordType.A).geo("default", GeoLocation.defaultLocation()).values("default");
        EngineHarness h = new EngineHarness(z);
        // the given country and subnet describe something else: the VPC's Region decides
        ClientContext frankfurtVpc = ClientContext.country("FR").withRegion("eu-central-1")
                .withEcsSubnet("203.0.113.0/24");
        Resolution r = h.resolve("www.corp.internal", "A", frankfurtVpc);
        assertThat(r.answers()).containsExactly("de");
        assertThat(r.trace()).anyMatch(s -> s.rule().equals("R107"));
        assertThat(h.resolve("www.corp.internal", "A", ClientContext.region("us-east-1")).answers())
                .containsExactly("us-va");
        assertThat(h.resolve("www.corp.internal", "A", ClientContext.region("ap-northeast-1")).answers())
                .containsExactly("as");
        assertThat(h.resolve("www.corp.internal", "A", ClientContext.region("sa-east-1")).answers())
                .containsExactly("default");
        // an unhealthy matching record falls back to the healthy default
        assertThat(h.resolve("www.corp.internal", "A", frankfurtVpc, FixedHealth.allHealthy().unhealthy("hc-de"))
                .answers()).containsExactly("default");
        // without a Region the VPC's location is unknown: default only
        assertThat(h.resolve("www.corp.internal", "A", ClientContext.country("DE")).answers())
                .containsExactly("default");
    }

    @Test
    void r108_a5_aGeolocationTargetIsHealthyWhenItsChainForTheClientHasAHealthyRecordSet() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("geo", true);
        z.add("www", RecordType.A).secondary("s").values("backup");
        z.add("geo", RecordType.A).geo("de", GeoLocation.country("DE")).healthCheck("hc-de").values("de");
        z.add("geo", RecordType.A).geo("fr", GeoLocation.country("FR")).healthCheck("hc-fr").values("fr");
        EngineHarness h = new EngineHarness(z);
        // the French record's health is irrelevant to a German client
        assertThat(answer(h, ClientContext.country("DE"), "hc-fr")).isEqualTo("de");
        assertThat(answer(h, ClientContext.country("DE"), "hc-de")).isEqualTo("backup");
        // empty chain: unhealthy (A5)
        assertThat(answer(h, ClientContext.country("JP"))).isEqualTo("backup");
        for (String country : List.of("DE", "FR")) {
            assertThat(answer(h, ClientContext.country(country))).isEqualTo(country.toLowerCase());
        }
    }
}
