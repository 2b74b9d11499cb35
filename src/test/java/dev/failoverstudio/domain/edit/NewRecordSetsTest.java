package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.GeoLocation;
import dev.failoverstudio.domain.model.GeolocationRouting;
import dev.failoverstudio.domain.model.IpBasedRouting;
import dev.failoverstudio.domain.model.LatencyRouting;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.validate.DesignValidator;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.failoverstudio.domain.edit.Docs.ZONE;
import static dev.failoverstudio.domain.edit.Docs.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewRecordSetsTest {

    private static final DesignValidator VALIDATOR = new DesignValidator(GeoTablesLoader.loadBundled());
    private final NewRecordSets palette = new NewRecordSets();

    private static List<Problem> errors(DesignDocument doc) {
        return VALIDATOR.validate(doc.design()).stream().filter(Problem::isError).toList();
    }

    /** V10, V16–V31: a palette drop of every policy is a record set Route 53 accepts as it stands. */
    @ParameterizedTest
    @EnumSource(RoutingPolicy.class)
    void everyPolicyFromThePaletteIsValid(RoutingPolicy policy) {
        DesignDocument doc = Docs.doc();
        DesignDocument after = palette.paletteCommand(doc.design(), ZONE, policy, new Position(0, 0)).apply(doc);
        assertThat(errors(after)).isEmpty();
        assertThat(records(after)).singleElement().extracting(RecordSet::policy).isEqualTo(policy);
    }

    @Test
    void theValidityCheckAboveCanFail_V20() {
        DesignDocument doc = palette.paletteCommand(Docs.doc().design(), ZONE, RoutingPolicy.WEIGHTED, null)
                .apply(Docs.doc());
        RecordSet r = records(doc).get(0);
        DesignDocument broken = new ReplaceRecordSetCommand(ZONE, r.key(),
                r.withRouting(r.setIdentifier(), new WeightedRouting(300))).apply(doc);
        assertThat(errors(broken)).extracting(Problem::code).contains("V20");
    }

    @Test
    void defaultsArePerPolicy() {
        var d = Docs.doc().design();
        assertThat(palette.create(d, ZONE, RoutingPolicy.WEIGHTED).routing()).isEqualTo(new WeightedRouting(10));
        assertThat(palette.create(d, ZONE, RoutingPolicy.WEIGHTED).setIdentifier()).isEqualTo("weighted-1");
        assertThat(palette.create(d, ZONE, RoutingPolicy.FAILOVER).routing())
                .isEqualTo(new FailoverRouting(FailoverRole.PRIMARY));
        assertThat(palette.create(d, ZONE, RoutingPolicy.LATENCY).routing())
                .isEqualTo(new LatencyRouting("us-east-1"));
        assertThat(palette.create(d, ZONE, RoutingPolicy.GEOLOCATION).routing())
                .isEqualTo(new GeolocationRouting(GeoLocation.defaultLocation()));
        assertThat(palette.create(d, ZONE, RoutingPolicy.SIMPLE).setIdentifier()).isNull();
    }

    @Test
    void repeatedDropsGetUniqueNamesSetIdentifiersAndValues() {
        DesignDocument doc = Docs.doc();
        for (int i = 0; i < 3; i++) {
            doc = palette.paletteCommand(doc.design(), ZONE, RoutingPolicy.WEIGHTED, null).apply(doc);
        }
        assertThat(records(doc)).extracting(r -> r.name().text()).containsExactly("weighted.example.com.",
                "weighted-2.example.com.", "weighted-3.example.com.");
        assertThat(records(doc)).extracting(RecordSet::setIdentifier).doesNotHaveDuplicates();
        assertThat(records(doc)).flatExtracting(RecordSet::values).doesNotHaveDuplicates();
        assertThat(errors(doc)).isEmpty();
    }

    @Test
    void newMembersTakeWhatTheGroupDoesNotUseYetAndStayValid() {
        DesignDocument doc = Docs.doc();
        for (RoutingPolicy policy : List.of(RoutingPolicy.FAILOVER, RoutingPolicy.LATENCY, RoutingPolicy.GEOLOCATION,
                RoutingPolicy.GEOPROXIMITY, RoutingPolicy.WEIGHTED, RoutingPolicy.MULTIVALUE, RoutingPolicy.IP_BASED)) {
            doc = palette.paletteCommand(doc.design(), ZONE, policy, null).apply(doc);
            RecordSet first = records(doc).get(records(doc).size() - 1);
            RecordSet member = palette.newMember(doc.design(), ZONE, first.groupKey());
            doc = new AddRecordSetCommand(ZONE, member, null).apply(doc);
            assertThat(member.routing()).as(policy.label()).isNotEqualTo(policy == RoutingPolicy.WEIGHTED
                    || policy == RoutingPolicy.MULTIVALUE ? null : first.routing());
        }
        assertThat(errors(doc)).isEmpty();
        assertThat(records(doc)).filteredOn(r -> r.policy() == RoutingPolicy.FAILOVER)
                .extracting(RecordSet::routing).containsExactly(new FailoverRouting(FailoverRole.PRIMARY),
                        new FailoverRouting(FailoverRole.SECONDARY));
        assertThat(records(doc)).filteredOn(r -> r.policy() == RoutingPolicy.IP_BASED)
                .extracting(r -> ((IpBasedRouting) r.routing()).locationName()).containsExactly("office", "*");
    }

    @Test
    void v11_aSimpleGroupGetsNoSecondMember() {
        DesignDocument doc = palette.paletteCommand(Docs.doc().design(), ZONE, RoutingPolicy.SIMPLE, null)
                .apply(Docs.doc());
        assertThatThrownBy(() -> palette.newMember(doc.design(), ZONE, records(doc).get(0).groupKey()))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("simple");
    }

    @Test
    void newHealthChecksAreValidAndUnique() {
        DesignDocument doc = Docs.doc();
        for (int i = 0; i < 3; i++) {
            doc = new AddHealthCheckCommand(palette.newHealthCheck(doc.design()), null).apply(doc);
        }
        assertThat(doc.design().healthChecks()).extracting(h -> h.id()).doesNotHaveDuplicates().hasSize(3);
        assertThat(VALIDATOR.validate(doc.design())).filteredOn(Problem::isError).isEmpty();
    }

    @Test
    void theSameDesignGivesTheSameNewThings() {
        var d = Docs.latencyWeightedTree().design();
        assertThat(palette.newHealthCheck(d)).isEqualTo(palette.newHealthCheck(d));
        assertThat(palette.create(d, ZONE, RoutingPolicy.LATENCY)).isEqualTo(palette.create(d, ZONE,
                RoutingPolicy.LATENCY));
    }
}
