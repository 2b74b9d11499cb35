package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeoProximityLocation;
import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.COLLECTION_ID;
import static dev.failoverstudio.domain.validate.Fixtures.a;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static dev.failoverstudio.domain.validate.Fixtures.rs;
import static dev.failoverstudio.domain.validate.Fixtures.single;
import static dev.failoverstudio.domain.validate.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Per-policy constraints V20–V31 and the policy warnings R81, R103, R113, R135. */
class RoutingPolicyRulesTest {

    private static final CidrCollection COLLECTION = new CidrCollection(COLLECTION_ID, "offices", 1, List.of(
            new CidrLocation("berlin", List.of("192.0.2.0/24", "2001:db8:1::/48")),
            new CidrLocation("paris", List.of("198.51.100.0/24"))));

    // ---- weighted

    @Test
    void v20_weightMustBeFrom0To255() {
        assertThat(design().with(a("www", "192.0.2.1").weighted("a", 0), a("www", "192.0.2.2").weighted("b", 255))
                .validate()).isEmpty();
        List<Problem> problems = design().with(a("www", "192.0.2.1").weighted("a", 256),
                a("www", "192.0.2.2").weighted("b", -1)).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError)
                .containsExactly(tuple("V20", "InvalidInput"), tuple("V20", "InvalidInput"));
        assertThat(problems.get(0).message()).isEqualTo("Weight 256 of www.example.com. A [a] is outside 0 to 255");
    }

    @Test
    void v21_aWeightedGroupHoldsAtMost100RecordSets() {
        Fixtures.DesignBuilder d = design();
        for (int i = 0; i < 100; i++) {
            d.with(a("www", "192.0.2." + (i % 250)).weighted("w" + i, 1));
        }
        assertThat(d.validate()).isEmpty();
        d.with(a("www", "192.0.2.1").weighted("w100", 1));
        Problem p = single(d.validate(), "V8");
        assertThat(p.message()).contains("101 weighted record sets").contains("at most 100");
    }

    @Test
    void v22_weightedRecordSetsMayHoldSeveralValues() {
        assertThat(design().with(a("www", "192.0.2.1", "192.0.2.2", "192.0.2.3").weighted("a", 10),
                a("www", "192.0.2.4").weighted("b", 10)).validate()).isEmpty();
    }

    @Test
    void v23_differentTtlsInAWeightedGroupAreAWarningNamingTheLastTtl() {
        List<Problem> problems = design().with(a("www", "192.0.2.1").weighted("a", 1).ttl(60L),
                a("www", "192.0.2.2").weighted("b", 1).ttl(300L),
                rs("www", RecordType.A).inZoneAlias("other", false).weighted("c", 1),
                a("other", "192.0.2.3")).validate();
        Problem p = single(problems, "V23");
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.apiError()).isNull();
        assertThat(p.message()).contains("different TTLs (60, 300)").contains("last TTL given (300)").contains("A24");
    }

    // ---- latency

    @Test
    void v24_latencyRegionComesFromTheTableAndAppearsOncePerGroup() {
        assertThat(design().with(a("www", "192.0.2.1").latency("use1", "us-east-1"),
                a("www", "192.0.2.2").latency("euc1", "eu-central-1")).validate()).isEmpty();

        List<Problem> unknown = design().with(a("www", "192.0.2.1").latency("x", "mars-north-1")).validate();
        assertThat(unknown).extracting(Problem::code, Problem::apiError).containsExactly(tuple("V24", "InvalidInput"));
        assertThat(unknown.get(0).message()).contains("'mars-north-1'");

        List<Problem> twice = design().with(a("www", "192.0.2.1").latency("a", "us-east-1"),
                a("www", "192.0.2.2").latency("b", "us-east-1")).validate();
        Problem p = single(twice, "V24");
        assertThat(p.recordSet().setIdentifier()).isEqualTo("b");
        assertThat(p.message()).contains("already has a latency record set for Region us-east-1");
    }

    // ---- failover

    @Test
    void v25_atMostOnePrimaryAndOneSecondary() {
        List<Problem> problems = design().httpChecks("hc-1", "hc-2", "hc-3")
                .with(a("www", "192.0.2.1").primary("p1").healthCheck("hc-1"),
                        a("www", "192.0.2.2").primary("p2").healthCheck("hc-2"),
                        a("www", "192.0.2.3").secondary("s").healthCheck("hc-3")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("V25", Severity.ERROR));
        assertThat(problems.get(0).recordSet().setIdentifier()).isEqualTo("p2");
        assertThat(problems.get(0).message()).contains("at most one PRIMARY");
    }

    @Test
    void v25_aLoneRoleIsAcceptedWithAWarning() {
        List<Problem> problems = design().httpChecks("hc-1")
                .with(a("www", "192.0.2.1").primary("p").healthCheck("hc-1")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("V25", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("has no SECONDARY").contains("A8");
    }

    @Test
    void r81_recordSetsThatCanNeverBeUnhealthyAreWarnedAbout() {
        List<Problem> problems = design().httpChecks("hc-1")
                .with(a("www", "192.0.2.1").primary("p"), a("www", "192.0.2.2").secondary("s")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity)
                .containsExactly(tuple("R81", Severity.WARNING), tuple("R81", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("never fails over to the SECONDARY");
        assertThat(problems.get(1).message()).contains("even if its own endpoint is down");

        assertThat(design().httpChecks("hc-1", "hc-2").with(a("www", "192.0.2.1").primary("p").healthCheck("hc-1"),
                a("www", "192.0.2.2").secondary("s").healthCheck("hc-2")).validate()).isEmpty();
    }

    // ---- geolocation

    @Test
    void v26_validLocationsIncludingUkraineKosovoAndDc() {
        assertThat(design().with(
                a("www", "192.0.2.1").geo("d", GeoLocation.defaultLocation()),
                a("www", "192.0.2.2").geo("eu", GeoLocation.continent("EU")),
                a("www", "192.0.2.3").geo("ua", GeoLocation.country("UA")),
                a("www", "192.0.2.4").geo("xk", GeoLocation.country("XK")),
                a("www", "192.0.2.5").geo("dc", GeoLocation.usState("DC")),
                a("www", "192.0.2.6").geo("na", GeoLocation.country("NA"))).validate()).isEmpty();
    }

    @Test
    void v26_badCombinationsAndCodesAreInvalidInput() {
        List<Problem> problems = design().with(
                a("www", "192.0.2.1").geo("d", GeoLocation.defaultLocation()),
                a("www", "192.0.2.2").geo("both", new GeoLocation("EU", "DE", null)),
                a("www", "192.0.2.3").geo("cont", GeoLocation.continent("EA")),
                a("www", "192.0.2.4").geo("bv", GeoLocation.country("BV")),
                a("www", "192.0.2.5").geo("sub", new GeoLocation(null, "CA", "ON")),
                a("www", "192.0.2.6").geo("pr", GeoLocation.usState("PR")),
                a("www", "192.0.2.7").geo("none", new GeoLocation(null, null, null))).validate();
        assertThat(problems).extracting(Problem::code).containsOnly("V26");
        assertThat(problems).extracting(Problem::apiError).containsOnly("InvalidInput");
        assertThat(problems).extracting(p -> p.recordSet().setIdentifier())
                .containsExactly("both", "cont", "bv", "sub", "pr", "none");
        assertThat(problems.get(0).message()).contains("cannot combine ContinentCode with CountryCode");
        assertThat(problems.get(2).message()).contains("CountryCode 'BV' is not a country");
        assertThat(problems.get(3).message()).contains("SubdivisionCode 'ON' requires CountryCode US");
        assertThat(problems.get(4).message()).contains("'PR' is not a US state code");
    }

    @Test
    void v27_aLocationAppearsOncePerGroupIncludingTheDefault() {
        List<Problem> problems = design().with(
                a("www", "192.0.2.1").geo("d1", GeoLocation.defaultLocation()),
                a("www", "192.0.2.2").geo("d2", GeoLocation.defaultLocation()),
                a("www", "192.0.2.3").geo("de1", GeoLocation.country("DE")),
                a("www", "192.0.2.4").geo("de2", GeoLocation.country("DE")),
                a("www", "192.0.2.5").geo("eu", GeoLocation.continent("EU"))).validate();
        assertThat(problems).extracting(Problem::code, p -> p.recordSet().setIdentifier())
                .containsExactly(tuple("V27", "d2"), tuple("V27", "de2"));
        assertThat(problems.get(0).message()).contains("location default (*)");
    }

    @Test
    void r103_geolocationGroupWithoutDefaultIsWarned() {
        List<Problem> problems = design().with(a("www", "192.0.2.1").geo("de", GeoLocation.country("DE"))).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("R103", Severity.WARNING));
        assertThat(problems.get(0).message()).contains("no default location").contains("no answer");
    }

    // ---- IP-based

    @Test
    void v28_ipBasedRecordsReferToAnExistingCollectionAndLocation() {
        assertThat(design().collection(COLLECTION).with(
                a("www", "192.0.2.1").ipBased("b", COLLECTION_ID, "berlin"),
                a("www", "192.0.2.2").ipBased("d", COLLECTION_ID, "*")).validate()).isEmpty();

        List<Problem> problems = design().collection(COLLECTION).with(
                a("www", "192.0.2.1").ipBased("d", COLLECTION_ID, "*"),
                a("www", "192.0.2.2").ipBased("bad-id", "not-a-uuid", "berlin"),
                a("www", "192.0.2.3").ipBased("missing", "00000000-0000-4000-8000-000000000000", "paris"),
                a("www", "192.0.2.4").ipBased("no-loc", COLLECTION_ID, "tokyo"),
                a("www", "192.0.2.5").ipBased("bad-name", COLLECTION_ID, "way too long a location")).validate();
        assertThat(problems).extracting(Problem::code, p -> p.recordSet().setIdentifier(), Problem::apiError)
                .containsExactly(
                        tuple("V28", "bad-id", "InvalidInput"),
                        tuple("V28", "missing", "InvalidChangeBatch"),
                        tuple("V28", "no-loc", "InvalidChangeBatch"),
                        tuple("V28", "bad-name", "InvalidInput"),
                        tuple("V28", "bad-id", "InvalidChangeBatch"),
                        tuple("V28", "missing", "InvalidChangeBatch"));
        assertThat(problems.get(2).message()).contains("has no location 'tokyo'");
        assertThat(problems.get(4).message()).contains("all record sets of a group must use the same collection");
    }

    @Test
    void v28_aGroupNamesEachLocationOnce() {
        List<Problem> problems = design().collection(COLLECTION).with(
                a("www", "192.0.2.1").ipBased("b1", COLLECTION_ID, "berlin"),
                a("www", "192.0.2.2").ipBased("b2", COLLECTION_ID, "berlin"),
                a("www", "192.0.2.3").ipBased("d", COLLECTION_ID, "*")).validate();
        assertThat(problems).extracting(Problem::code, p -> p.recordSet().setIdentifier())
                .containsExactly(tuple("V28", "b2"));
        assertThat(problems.get(0).message()).contains("location 'berlin'");
    }

    @Test
    void r135_ipBasedGroupWithoutDefaultIsWarned() {
        List<Problem> problems = design().collection(COLLECTION)
                .with(a("www", "192.0.2.1").ipBased("b", COLLECTION_ID, "berlin")).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("R135", Severity.WARNING));
    }

    @Test
    void v29_blocksMustHaveAllowedPrefixLengthsBeAlignedAndNotRepeat() {
        CidrCollection bad = new CidrCollection(COLLECTION_ID, "bad", 1, List.of(
                new CidrLocation("one", List.of("192.0.2.0/24", "10.0.0.0/0", "10.1.0.0/25", "2001:db8::/56",
                        "2001:db8:1234:5678::/48", "not-a-block")),
                new CidrLocation("two", List.of("192.0.2.0/24", "198.51.100.0/24", "198.51.100.0/24")),
                new CidrLocation("*", List.of()),
                new CidrLocation("two", List.of())));
        List<Problem> problems = design().collection(bad).validate();
        assertThat(problems).extracting(Problem::code).containsOnly("V29");
        assertThat(problems).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("block 10.0.0.0/0 has prefix length 0").contains("A17"),
                m -> assertThat(m).contains("10.1.0.0/25 is longer than /24"),
                m -> assertThat(m).contains("2001:db8::/56 is longer than /48"),
                m -> assertThat(m).contains("2001:db8:1234:5678::/48 has bits set after its prefix").contains("A41"),
                m -> assertThat(m).contains("'not-a-block' is not a CIDR block"),
                m -> assertThat(m).contains("192.0.2.0/24 is already in location 'one'").contains("A18"),
                m -> assertThat(m).contains("198.51.100.0/24 is listed twice"),
                m -> assertThat(m).contains("location name '*'").contains("default location"),
                m -> assertThat(m).contains("defines location 'two' twice"));
    }

    @Test
    void v29_aCollectionHoldsAtMost1000Blocks() {
        List<String> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            blocks.add("10." + (i / 256) + "." + (i % 256) + ".0/24");
        }
        CidrCollection ok = new CidrCollection(COLLECTION_ID, "big", 1,
                List.of(new CidrLocation("all", blocks.subList(0, 1000))));
        assertThat(design().collection(ok).validate()).isEmpty();
        CidrCollection big = new CidrCollection(COLLECTION_ID, "big", 1, List.of(new CidrLocation("all", blocks)));
        assertThat(single(design().collection(big).validate(), "V29").message()).contains("1001 CIDR blocks");
    }

    // ---- multivalue

    @Test
    void v30_multivalueAcceptsHealthChecksButNotCnameOrNs() {
        assertThat(design().httpChecks("hc-1").with(a("www", "192.0.2.1").multivalue("a").healthCheck("hc-1"),
                a("www", "192.0.2.2").multivalue("b")).validate()).isEmpty();
        List<Problem> problems = design().with(
                rs("alias", RecordType.CNAME).values("x.example.net.").multivalue("a")).validate();
        assertThat(problems).extracting(Problem::code, Problem::apiError).containsExactly(tuple("V30", "InvalidChangeBatch"));
        assertThat(problems.get(0).message()).contains("CNAME cannot use multivalue answer routing");
    }

    // ---- geoproximity

    @Test
    void v31_exactlyOneLocationKindAndBiasWithinRange() {
        assertThat(design().with(
                a("www", "192.0.2.1").geoproximity("r", new GeoProximityLocation("eu-west-1", null, null, null, 99L)),
                a("www", "192.0.2.2").geoproximity("c", new GeoProximityLocation(null, null, "-33.87", "+151.2", -99L)))
                .validate()).isEmpty();

        List<Problem> problems = design().with(
                a("www", "192.0.2.1").geoproximity("two", new GeoProximityLocation("eu-west-1", null, "1", "2", null)),
                a("www", "192.0.2.2").geoproximity("none", new GeoProximityLocation(null, null, null, null, null)),
                a("www", "192.0.2.3").geoproximity("bias", new GeoProximityLocation("us-east-1", null, null, null, 100L)),
                a("www", "192.0.2.4").geoproximity("region", new GeoProximityLocation("moon-1", null, null, null, null)))
                .validate();
        assertThat(problems).extracting(Problem::code, p -> p.recordSet().setIdentifier()).containsExactly(
                tuple("V31", "two"), tuple("V31", "none"), tuple("V31", "bias"), tuple("V31", "region"));
        assertThat(problems.get(0).message()).contains("exactly one of AWSRegion, LocalZoneGroup or Coordinates (it has 2)");
        assertThat(problems.get(2).message()).contains("Bias 100").contains("-99 to 99");
    }

    @Test
    void v31_coordinatesFollowTheServiceModelPatternsAndRanges() {
        List<Problem> problems = design().with(
                a("www", "192.0.2.1").geoproximity("lat", new GeoProximityLocation(null, null, "91", "0", null)),
                a("www", "192.0.2.2").geoproximity("lon", new GeoProximityLocation(null, null, "0", "-180.01", null)),
                a("www", "192.0.2.3").geoproximity("dec", new GeoProximityLocation(null, null, "1.234", "0", null)),
                a("www", "192.0.2.4").geoproximity("half", new GeoProximityLocation(null, null, "10", null, null)))
                .validate();
        assertThat(problems).extracting(Problem::code).containsOnly("V31");
        assertThat(problems).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("Latitude 91").contains("outside -90 to 90"),
                m -> assertThat(m).contains("Longitude -180.01").contains("outside -180 to 180"),
                m -> assertThat(m).contains("Latitude '1.234'").contains("at most two decimals"),
                m -> assertThat(m).contains("need both Latitude and Longitude; Longitude is missing"));
    }

    @Test
    void r113_localZoneGroupsAreUnknownToTheSimulator() {
        List<Problem> problems = design().with(a("www", "192.0.2.1")
                .geoproximity("lz", new GeoProximityLocation(null, "us-east-1-bos-1", null, null, null))).validate();
        assertThat(problems).extracting(Problem::code, Problem::severity).containsExactly(tuple("R113", Severity.ERROR));
        assertThat(problems.get(0).message()).contains("'us-east-1-bos-1'").contains("use AWSRegion or Coordinates");
        assertThat(withCode(problems, "V31")).isEmpty();
    }
}
