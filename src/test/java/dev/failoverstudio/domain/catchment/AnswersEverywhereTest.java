package dev.failoverstudio.domain.catchment;

import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.geo.WorldMap;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.health.HealthVerdict;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Rcode;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.io.JsonFormats;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import dev.failoverstudio.io.assets.WorldMapLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Answers everywhere" on the bundled samples: the catchments of geolocation (R102–R105), latency (R91, R93)
 * and geoproximity with bias (R111) records, one representative client per country and US state.
 */
class AnswersEverywhereTest {

    private static final GeoTables GEO = GeoTablesLoader.loadBundled();
    private static final WorldMap MAP = WorldMapLoader.loadBundled();
    private static final AnswersEverywhere EVERYWHERE = new AnswersEverywhere(new PlaceClients(MAP, GEO));
    private static final HealthStatus ALL_HEALTHY = id -> new HealthVerdict(true, "is healthy", "HC17");

    private static Scenario sample(String file) throws Exception {
        return JsonFormats.create().scenarioReader().read(Path.of("samples", file));
    }

    private static CompiledDesign compile(Scenario s) {
        return new ResolutionEngine(GEO).compile(s.design());
    }

    private static String label(AnswerMap map, String code) {
        MapPlace place = code.startsWith("US-") ? MapPlace.usState(code.substring(3)) : MapPlace.country(code);
        return map.answerAt(place).map(MapAnswer::label).orElse("not on the map");
    }

    @Test
    void everyCountryAndStateIsAnswered() throws Exception {
        Scenario s = sample("geolocation-with-default.json");
        AnswerMap map = EVERYWHERE.resolve(compile(s), new HealthEvaluator().evaluate(s.design()),
                Query.of("www.example.com", "A"), 1);
        assertThat(map.places()).hasSize(MAP.countries().size() + MAP.usStates().size());
        assertThat(map.legend().stream().mapToInt(map::placeCount).sum()).isEqualTo(map.places().size());
    }

    @Test
    void r102_r103_geolocationCatchmentsOfTheSample() throws Exception {
        Scenario s = sample("geolocation-with-default.json");
        AnswerMap map = EVERYWHERE.resolve(compile(s), new HealthEvaluator().evaluate(s.design()),
                Query.of("www.example.com", "A"), 1);

        assertThat(label(map, "FR")).as("continent EU record").isEqualTo("192.0.2.44");
        assertThat(label(map, "DE")).as("R103: Frankfurt fails, the chain falls to the EU record").isEqualTo("192.0.2.44");
        assertThat(label(map, "RU")).as("M1: Russia is in Europe for Route 53").isEqualTo("192.0.2.44");
        assertThat(label(map, "TR")).as("M1: Türkiye is in Europe").isEqualTo("192.0.2.44");
        assertThat(label(map, "US-CA")).as("R102: the state record").isEqualTo("198.51.100.6");
        assertThat(label(map, "US-TX")).as("R102: other states get the US record").isEqualTo("198.51.100.1");
        assertThat(label(map, "US")).as("R105: the US without a state").isEqualTo("198.51.100.1");
        assertThat(label(map, "PR")).as("R100: Puerto Rico is a country, not a US state").isEqualTo("203.0.113.1");
        assertThat(label(map, "GF")).as("M1: French Guiana is in South America").isEqualTo("203.0.113.1");
        assertThat(label(map, "JP")).as("R102: only the default applies").isEqualTo("203.0.113.1");
        assertThat(label(map, "EH")).as("R104: Route 53 cannot locate Western Sahara").isEqualTo("203.0.113.1");
        assertThat(map.legend()).extracting(MapAnswer::label)
                .containsExactlyInAnyOrder("203.0.113.1", "192.0.2.44", "198.51.100.1", "198.51.100.6");
        assertThat(map.legend().get(0).label()).as("the default covers most places").isEqualTo("203.0.113.1");
    }

    @Test
    void r103_healthChangesMoveTheGermanCatchment() throws Exception {
        Scenario s = sample("geolocation-with-default.json");
        AnswerMap map = EVERYWHERE.resolve(compile(s), ALL_HEALTHY, Query.of("www.example.com", "A"), 1);
        assertThat(label(map, "DE")).as("Frankfurt healthy again").isEqualTo("192.0.2.49");
        assertThat(label(map, "AT")).isEqualTo("192.0.2.44");
    }

    @Test
    void r91_latencyCatchmentsSplitTheWorldBetweenVirginiaAndSydney() throws Exception {
        Scenario s = sample("latency-weighted-tree.json");
        AnswerMap map = EVERYWHERE.resolve(compile(s), ALL_HEALTHY, Query.of("example.com", "A"), 7);
        MapAnswer virginia = new MapAnswer(Rcode.NOERROR, "A", List.of(),
                new GroupKey(DomainName.of("us-east-1-www.example.com"), RecordType.A));
        MapAnswer sydney = new MapAnswer(Rcode.NOERROR, "A", List.of(),
                new GroupKey(DomainName.of("ap-southeast-2-www.example.com"), RecordType.A));

        assertThat(map.legend()).containsExactlyInAnyOrder(virginia, sydney);
        for (String code : List.of("US-NY", "US-CA", "US-AK", "CA", "BR", "FR", "GB", "US")) {
            assertThat(map.answerAt(place(code))).as(code).contains(virginia);
        }
        // South Africa: 11,009 km from Sydney, 12,999 km from N. Virginia (A10 great-circle model)
        for (String code : List.of("AU", "NZ", "JP", "ID", "IN", "FJ", "ZA")) {
            assertThat(map.answerAt(place(code))).as(code).contains(sydney);
        }
        assertThat(map.places().get(MapPlace.country("JP")).resolution().answers())
                .as("a seeded draw inside the weighted group (R71)")
                .containsAnyOf("198.51.100.21", "198.51.100.22");
    }

    @Test
    void r93_failedRegionHandsItsCatchmentToTheNextBest() throws Exception {
        Scenario s = sample("latency-weighted-tree.json");
        AnswerMap map = EVERYWHERE.resolve(compile(s), new HealthEvaluator().evaluate(s.design()),
                Query.of("example.com", "A"), 7);
        assertThat(map.legend()).extracting(MapAnswer::label)
                .as("both us-east-1 instances fail: everyone is served from Sydney")
                .containsExactly("random in ap-southeast-2-www.example.com. A");
    }

    @Test
    void r72_aLoneZeroWeightStandbyIsAFixedAnswerNotARandomOne() throws Exception {
        Scenario s = sample("active-active-weighted-standby.json");
        AnswerMap failing = EVERYWHERE.resolve(compile(s), new HealthEvaluator().evaluate(s.design()),
                Query.of("shop.example.net", "A"), 3);
        assertThat(failing.legend()).extracting(MapAnswer::label)
                .as("both pools fail their calculated checks: the one zero-weight record set answers everywhere")
                .containsExactly("198.51.100.100");

        AnswerMap healthy = EVERYWHERE.resolve(compile(s), ALL_HEALTHY, Query.of("shop.example.net", "A"), 3);
        assertThat(healthy.legend()).extracting(MapAnswer::label)
                .as("pools weighted 3 and 1 share the traffic (R71)")
                .containsExactly("random in shop.example.net. A");
    }

    @Test
    void sameSeedSameMap() throws Exception {
        Scenario s = sample("latency-weighted-tree.json");
        CompiledDesign design = compile(s);
        Query q = Query.of("example.com", "A");
        AnswerMap first = EVERYWHERE.resolve(design, ALL_HEALTHY, q, 42);
        AnswerMap again = EVERYWHERE.resolve(compile(s), ALL_HEALTHY, q, 42);
        for (MapPlace place : first.places().keySet()) {
            assertThat(again.places().get(place).resolution().answers()).as(place.code())
                    .isEqualTo(first.places().get(place).resolution().answers());
        }
    }

    @Test
    void r111_biasMovesTheGeoproximityBoundary() throws Exception {
        String unbiased = geoproximity(0);
        String biased = geoproximity(60);
        AnswerMap before = EVERYWHERE.resolve(design(unbiased), ALL_HEALTHY, Query.of("www.example.com", "A"), 1);
        AnswerMap after = EVERYWHERE.resolve(design(biased), ALL_HEALTHY, Query.of("www.example.com", "A"), 1);

        // representative points: Iceland 4,706 km from N. Virginia, 2,287 km from Frankfurt; Greenland 4,392 and
        // 3,552 km; Great Britain 5,690 and 876 km. Bias +60 multiplies the Virginia distances by 0.4 (R111):
        // 1,882 < 2,287 and 1,757 < 3,552 flip; 2,276 > 876 does not
        assertThat(label(before, "IS")).isEqualTo("192.0.2.2");
        assertThat(label(after, "IS")).isEqualTo("192.0.2.1");
        assertThat(label(before, "GL")).isEqualTo("192.0.2.2");
        assertThat(label(after, "GL")).isEqualTo("192.0.2.1");
        assertThat(label(before, "GB")).isEqualTo("192.0.2.2");
        assertThat(label(after, "GB")).isEqualTo("192.0.2.2");
        assertThat(after.placeCount(after.answerAt(MapPlace.country("US")).orElseThrow()))
                .as("the biased record's catchment grows").isGreaterThan(
                        before.placeCount(before.answerAt(MapPlace.country("US")).orElseThrow()));
    }

    @Test
    void r34_everyPlaceGetsWhatAClickThereShowsInTheResolverPane() throws Exception {
        Scenario s = sample("geolocation-with-default.json");
        CompiledDesign design = compile(s);
        HealthStatus health = new HealthEvaluator().evaluate(s.design());
        Query q = Query.of("www.example.com", "A");
        AnswerMap map = EVERYWHERE.resolve(design, health, q, 3);
        for (AnswerMap.PlaceAnswer a : map.places().values()) {
            List<String> traced = design.resolve(health, q, a.client(), new SplittableRandom(3)).answers();
            assertThat(a.answer().values()).as(a.place().code()).containsExactlyInAnyOrderElementsOf(traced);
        }
    }

    @Test
    void aClickUsesTheClickedPointAndThePlacesGeography() {
        ClientContext click = EVERYWHERE.clients().client(MapPlace.usState("WA"), new GeoPoint(47.61, -122.33));
        assertThat(click.country()).isEqualTo("US");
        assertThat(click.subdivision()).isEqualTo("WA");
        assertThat(click.latitude()).isEqualTo(47.61);
        assertThat(click.region()).as("Seattle is nearest to Oregon (M2), not to GovCloud at the same point")
                .isEqualTo("us-west-2");
        assertThat(EVERYWHERE.clients().nearestRegion(new GeoPoint(39.9, 116.4), "CN"))
                .as("Beijing, in China").isEqualTo("cn-north-1");
        assertThat(EVERYWHERE.clients().nearestRegion(new GeoPoint(42.0, 125.0), "KP"))
                .as("outside China the China Regions do not count").isNotEqualTo("cn-north-1");
    }

    @Test
    void r104_unsupportedCountriesAreUnmappedClientsWithCoordinates() {
        ClientContext eh = EVERYWHERE.clients().all().get(MapPlace.country("EH"));
        assertThat(eh.hasGeography()).isFalse();
        assertThat(eh.hasCoordinates()).isTrue();
        ClientContext ak = EVERYWHERE.clients().all().get(MapPlace.usState("AK"));
        assertThat(ak.country()).isEqualTo("US");
        assertThat(ak.subdivision()).isEqualTo("AK");
        assertThat(ak.continent()).isEqualTo("NA");
        assertThat(EVERYWHERE.clients().all().get(MapPlace.country("IE")).region())
                .as("nearest latency Region (M2)").isEqualTo("eu-west-1");
    }

    private static MapPlace place(String code) {
        return code.startsWith("US-") ? MapPlace.usState(code.substring(3)) : MapPlace.country(code);
    }

    private static CompiledDesign design(String json) throws Exception {
        return new ResolutionEngine(GEO).compile(JsonFormats.create().scenarioReader().read("inline.json", json).design());
    }

    private static String geoproximity(int virginiaBias) {
        return """
            {"zone": "example.com.", "hostedZoneId": "Z1GEOPROX",
             "resourceRecordSets": [
               {"Name": "www.example.com.", "Type": "A", "SetIdentifier": "virginia", "TTL": 60,
                "GeoProximityLocation": {"AWSRegion": "us-east-1", "Bias": %d},
                "ResourceRecords": [{"Value": "192.0.2.1"}]},
               {"Name": "www.example.com.", "Type": "A", "SetIdentifier": "frankfurt", "TTL": 60,
                "GeoProximityLocation": {"AWSRegion": "eu-central-1", "Bias": 0},
                "ResourceRecords": [{"Value": "192.0.2.2"}]}],
             "queries": []}
            """.formatted(virginiaBias);
    }
}
