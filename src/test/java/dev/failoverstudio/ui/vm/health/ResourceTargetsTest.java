package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.FailoverRole;
import dev.failoverstudio.domain.model.FailoverRouting;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** AWS resource alias targets in the health panel: a failover primary aliasing a load balancer (R42, A6, R80). */
class ResourceTargetsTest {

    private static final DomainName ALB = DomainName.of("web-1.eu-west-1.elb.amazonaws.com.");

    private final EditHistory history = new EditHistory(new DesignDocument(design(), Layout.EMPTY));
    private final SimpleObjectProperty<DesignDocument> document = new SimpleObjectProperty<>(history.current());
    private final LiveDesign live;
    private final ResolverViewModel resolver;
    private final HealthPanelViewModel health;

    ResourceTargetsTest() {
        history.addListener(document::set);
        live = new LiveDesign(document, history::execute, LiveFixture.SERVICES);
        resolver = new ResolverViewModel(live, TaskRunner.sameThread());
        resolver.nameProperty().set("www.example.com.");
        health = new HealthPanelViewModel(live, resolver.effectiveHealthProperty());
    }

    private static Design design() {
        RecordSet primary = new RecordSet(DomainName.of("www.example.com."), RecordType.A, "primary",
                new FailoverRouting(FailoverRole.PRIMARY), null, null,
                new AliasTarget("Z32O12XQLNTSW2", ALB, true), null, null);
        RecordSet secondary = new RecordSet(DomainName.of("www.example.com."), RecordType.A, "secondary",
                new FailoverRouting(FailoverRole.SECONDARY), 60L, List.of("192.0.2.99"), null, null, null);
        HostedZone zone = new HostedZone("Z1EXAMPLE", DomainName.of("example.com."), false,
                List.of(primary, secondary));
        AwsResource alb = new AwsResource(ALB, AwsResourceKind.APPLICATION_LOAD_BALANCER, List.of("203.0.113.10"),
                null, null, List.of(new TargetGroupHealth("web", 2, 2)), null);
        return Design.of(zone).withResourceCatalog(new ResourceCatalog(Map.of(ALB, alb)));
    }

    private ResourceRow row() {
        return health.resources().get(0);
    }

    @Test
    void resourceRowsShowStatedAndEffectiveHealth_R42() {
        assertThat(row().dnsName()).isEqualTo(ALB.text());
        assertThat(row().kind()).isEqualTo("alb");
        assertThat(row().stated()).isEqualTo("not stated");
        assertThat(row().targetGroups()).isEqualTo("web 2/2 healthy");
        assertThat(row().effective().state()).isEqualTo(RecordHealth.State.HEALTHY);
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("203.0.113.10");
    }

    @Test
    void togglingAResourceDownFailsOverAndIsUndoable_R42_R80() {
        health.toggleResource(ALB.text());
        assertThat(row().stated()).isEqualTo("down");
        assertThat(row().effective().unhealthy()).isTrue();
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("192.0.2.99");
        history.undo();
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("203.0.113.10");
    }

    @Test
    void failingTheRegionInTheResourcesNameOrItsAddressTakesItDown() {
        health.failRegion("eu-west-1");
        assertThat(row().up()).isFalse();
        health.allHealthy();
        assertThat(row().up()).isTrue();
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("203.0.113.10");
        health.failEndpoint("203.0.113.10");
        assertThat(row().up()).isFalse();
        assertThat(resolver.answerSummaryProperty().get()).isEqualTo("192.0.2.99");
    }
}
