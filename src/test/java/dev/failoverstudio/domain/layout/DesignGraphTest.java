package dev.failoverstudio.domain.layout;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.Docs;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.WeightedRouting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DesignGraphTest {

    private static NodeKey card(String name) {
        return NodeKey.group(Docs.ZONE, new GroupKey(Docs.name(name), RecordType.A));
    }

    @Test
    void groupsMembersAndEdgesOfTheLatencyWeightedTree_R140() {
        DesignGraph graph = DesignGraph.of(Docs.latencyWeightedTree().design());

        assertThat(graph.groups()).extracting(GroupNode::key).containsExactly(card("www"), card("eu"), card("us"));
        assertThat(graph.group(card("eu")).get().members()).extracting(RecordSet::setIdentifier)
                .containsExactly("eu-1", "eu-2");
        assertThat(graph.aliasEdges()).extracting(AliasEdge::fromGroup, AliasEdge::toGroup)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(card("www"), card("eu")),
                        org.assertj.core.groups.Tuple.tuple(card("www"), card("us")));
        assertThat(graph.aliasEdges().get(0).fromMember().setIdentifier()).isEqualTo("eu-west-1");
        assertThat(graph.healthChecks()).extracting(HealthCheckNode::key)
                .containsExactly(NodeKey.healthCheck("hc-eu-1"));
        assertThat(graph.healthCheckEdges()).singleElement()
                .satisfies(e -> assertThat(e.fromMember().setIdentifier()).isEqualTo("eu-1"));
        assertThat(graph.nodeCount()).isEqualTo(4);
    }

    @Test
    void onlyInZoneAliasesToExistingGroupsAreEdges_R6_R141() {
        RecordSet toResource = new RecordSet(Docs.name("cdn"), RecordType.A, null,
                dev.failoverstudio.domain.model.SimpleRouting.INSTANCE, null, List.of(),
                new AliasTarget("Z2FDTNDATAQYW2", DomainName.of("d111111abcdef8.cloudfront.net."), false), null,
                null);
        RecordSet toNothing = Docs.alias("www", RecordType.A, "w", new WeightedRouting(1), "missing");
        RecordSet toOtherType = Docs.alias("v", RecordType.AAAA, null,
                dev.failoverstudio.domain.model.SimpleRouting.INSTANCE, "cdn");
        DesignGraph graph = DesignGraph.of(Docs.design(List.of(), toResource, toNothing, toOtherType));
        assertThat(graph.groups()).hasSize(3);
        assertThat(graph.aliasEdges()).isEmpty();
    }

    @Test
    void keysAreStableAcrossSpellingsAndMemberEdits() {
        assertThat(NodeKey.group("Z1", new GroupKey(DomainName.of("WWW.Example.com"), RecordType.A)))
                .isEqualTo(NodeKey.group("Z1", new GroupKey(DomainName.of("www.example.com."), RecordType.A)));
        assertThat(card("www").value()).isEqualTo("group:" + Docs.ZONE + ":www.example.com.:A");
        assertThat(NodeKey.healthCheck("abc").value()).isEqualTo("hc:abc");

        DesignDocument doc = Docs.latencyWeightedTree();
        RecordSet eu1 = Docs.records(doc).get(2);
        Design edited = doc.design().withZone(Docs.zone(doc).withRecordSets(List.of(
                eu1.withRouting("eu-1", new WeightedRouting(99)))));
        assertThat(DesignGraph.of(edited).groups()).extracting(GroupNode::key).containsExactly(card("eu"));
    }

    @Test
    void nodeKeysTellTheirKindAndParts() {
        assertThat(card("www").isGroup()).isTrue();
        assertThat(card("www").zoneId()).isEqualTo(Docs.ZONE);
        assertThat(NodeKey.healthCheck("hc-1").isHealthCheck()).isTrue();
        assertThat(NodeKey.healthCheck("hc-1").healthCheckId()).isEqualTo("hc-1");
    }

    @Test
    void aNewDocumentIsOnePublicZoneExampleComWithARoute53StyleId() {
        DesignDocument doc = DesignDocument.empty();
        assertThat(doc.design().zones()).singleElement().satisfies(z -> {
            assertThat(z.origin()).isEqualTo(DomainName.of("example.com."));
            assertThat(z.privateZone()).isFalse();
            assertThat(z.id()).matches("Z[A-Z0-9]{13}");
            assertThat(z.recordSets()).isEmpty();
        });
        assertThat(doc.layout()).isEqualTo(Layout.EMPTY);
        assertThat(DesignDocument.empty().design().zones().get(0).id()).isNotEqualTo(doc.design().zones().get(0).id());
    }

    @Test
    void anEmptyDesignHasNoNodes() {
        DesignGraph graph = DesignGraph.of(DesignDocument.empty(new java.util.Random(1)).design());
        assertThat(graph.groups()).isEmpty();
        assertThat(graph.healthChecks()).isEmpty();
    }
}
