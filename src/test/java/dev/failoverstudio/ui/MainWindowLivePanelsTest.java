package dev.failoverstudio.ui;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health panel, the resolver pane and the canvas in one window: a health toggle changes the answer and what
 * the canvas lights (issue "Simulated health panel and live resolver pane", first test point). The sample's
 * us-east-1 checks fail, so an unlocated client is answered from ap-southeast-2 (R45: the latency alias backs out
 * of a branch without healthy weighted records); with everything healthy it goes to the us-east-1 reference point
 * (A35) and the us-east-1 subtree is healthy again (R41).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowLivePanelsTest {

    private static final String ZONE = "Z3M3LMPEXAMPLE";
    private static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");
    private static final PseudoClass EFFECTIVELY_UNHEALTHY = PseudoClass.getPseudoClass("effectively-unhealthy");
    private static final RecordSetKey USE1 = new RecordSetKey(DomainName.of("example.com."), RecordType.A,
            "us-east-1");
    private static final RecordSetKey APSE2 = new RecordSetKey(DomainName.of("example.com."), RecordType.A,
            "ap-southeast-2");
    private static final NodeKey APEX = NodeKey.group(ZONE, new GroupKey(DomainName.of("example.com."), RecordType.A));
    private static final NodeKey USE1_POOL = NodeKey.group(ZONE,
            new GroupKey(DomainName.of("us-east-1-www.example.com."), RecordType.A));

    @TempDir
    static Path temp;

    private DesignerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DesignerWindowFixture(stage, temp);
        fixture.session.files().open(Path.of("samples/latency-weighted-tree.json"));
    }

    private List<Node> rows(NodeKey card) {
        Node skin = fixture.canvas().skin(card).orElseThrow().node();
        return List.copyOf(skin.lookupAll(".member-row"));
    }

    private static boolean has(Node node, PseudoClass pseudoClass) {
        return node.getPseudoClassStates().contains(pseudoClass);
    }

    @Test
    void aHealthToggleMovesTheLitPathAndRecoloursTheSubtree_R45_R41(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fixture.canvas().fitToView());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.canvas().highlightsProperty().get().path()).contains(APSE2).doesNotContain(USE1);
        assertThat(fixture.canvas().highlightsProperty().get().unhealthy(USE1)).isTrue();
        List<Node> apex = rows(APEX);
        assertThat(has(apex.get(0), EFFECTIVELY_UNHEALTHY)).as("us-east-1 alias row, target down").isTrue();
        assertThat(has(apex.get(1), ON_PATH)).as("ap-southeast-2 alias row answers").isTrue();
        assertThat(has(fixture.canvas().skin(USE1_POOL).orElseThrow().node(), ON_PATH)).isFalse();

        robot.interact(() -> fixture.window.side().showHealth());
        robot.clickOn("#all-healthy");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.canvas().highlightsProperty().get().path()).contains(USE1).doesNotContain(APSE2);
        apex = rows(APEX);
        assertThat(has(apex.get(0), EFFECTIVELY_UNHEALTHY)).isFalse();
        assertThat(has(apex.get(0), ON_PATH)).isTrue();
        assertThat(has(apex.get(1), ON_PATH)).isFalse();
        assertThat(has(fixture.canvas().skin(USE1_POOL).orElseThrow().node(), ON_PATH)).isTrue();

        robot.interact(() -> fixture.session.designer().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.canvas().highlightsProperty().get().path()).as("undo restores the failure")
                .contains(APSE2);
    }
}
