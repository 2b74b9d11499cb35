package dev.failoverstudio.domain.drill;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.Rcode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.failoverstudio.domain.drill.DrillFixture.SIMULATOR;
import static dev.failoverstudio.domain.drill.DrillFixture.design;
import static dev.failoverstudio.domain.drill.DrillFixture.drill;
import static dev.failoverstudio.domain.drill.DrillFixture.record;
import static dev.failoverstudio.domain.drill.DrillFixture.single;
import static dev.failoverstudio.domain.drill.DrillFixture.www;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Design changes on a drill's timeline: weights (R70), record sets, and negative caching (R181). */
class DrillDesignChangesTest {

    private static final double QPS = 1_000_000;

    private static Design weighted() {
        return design(List.of(
                record("www.example.com.", "a", new WeightedRouting(50), 60L, "192.0.2.1", null),
                record("www.example.com.", "b", new WeightedRouting(50), 60L, "192.0.2.2", null)), List.of());
    }

    private static double share(DrillResult result, String label, int sample) {
        int a = result.answers().stream().map(AnswerInfo::label).toList().indexOf(label);
        return a < 0 ? 0 : result.shareByAnswer()[a][sample];
    }

    @Test
    void drainingAWeightedRecordMovesEveryClientWithinOneTtl_R70_R180() {
        RecordSetKey a = new RecordSetKey(DomainName.of("www.example.com."), RecordType.A, "a");
        Drill drill = drill("drain a", www(), 400, 1, single("US", "us-east-1"), QPS,
                ResolverBehaviour.honouringTtl(4_000), List.of(new DrillEvent.SetWeight(100, a, 0)), List.of());
        DrillResult result = SIMULATOR.run(weighted(), drill, 3);
        // 50/50 before (4,000 resolvers: a standard deviation below 1 %)...
        assertThat(share(result, "192.0.2.1", 99)).isCloseTo(0.5, within(0.04));
        // ...no query to a one TTL after the weight change; a change is no incident.
        assertThat(share(result, "192.0.2.1", 161)).isZero();
        assertThat(share(result, "192.0.2.2", 161)).isEqualTo(1.0);
        assertThat(result.figures().incidentAt()).isNull();
    }

    @Test
    void negativeAnswersAreKeptForTheSoaNegativeTtl_R181() {
        // SOA TTL 300, MINIMUM 45: resolvers keep NXDOMAIN for min(300, 45) = 45 s.
        List<RecordSet> sets = new ArrayList<>();
        sets.add(new RecordSet(DomainName.of("example.com."), RecordType.SOA, null, SimpleRouting.INSTANCE, 300L,
                List.of("ns-1.awsdns-01.org. hostmaster.example.com. 1 7200 900 1209600 45"), null, null, null));
        sets.add(RecordSet.simple("www.example.com.", RecordType.A, 120, "192.0.2.1"));
        RecordSet www = sets.get(1);
        Drill drill = drill("delete and restore", www(), 600, 1, single("US", "us-east-1"), QPS,
                ResolverBehaviour.honouringTtl(4_000),
                List.of(new DrillEvent.DeleteRecordSet(100, www.key()), new DrillEvent.UpsertRecordSet(300, www)),
                List.of());
        DrillResult result = SIMULATOR.run(design(sets, List.of()), drill, 4);
        assertThat(result.answers()).extracting(AnswerInfo::rcode).containsExactly(Rcode.NOERROR, Rcode.NXDOMAIN);
        // Positive copies (TTL 120) are gone 120 s after the deletion...
        assertThat(share(result, "NXDOMAIN", 221)).isEqualTo(1.0);
        assertThat(share(result, "NXDOMAIN", 219)).isGreaterThan(0).isLessThan(1);
        // ...and NXDOMAIN copies fetched before the record came back expire within 45 s of it.
        assertThat(share(result, "NXDOMAIN", 299)).isEqualTo(1.0);
        assertThat(share(result, "NXDOMAIN", 320)).isGreaterThan(0);
        assertThat(share(result, "NXDOMAIN", 346)).isZero();
        assertThat(share(result, "192.0.2.1", 346)).isEqualTo(1.0);
    }
}
