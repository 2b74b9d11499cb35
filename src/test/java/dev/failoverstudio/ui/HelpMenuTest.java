package dev.failoverstudio.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Help pages (issue "Samples, packaging and the first ten minutes"): shortcuts from the menus, the answer rules. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    static Path temp;

    private DesignerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DesignerWindowFixture(stage, temp);
    }

    @Test
    void theShortcutsPageListsEveryMenuShortcut(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard Shortcuts");
        String page = fixture.dialogs.information.getLast();
        assertThat(page).startsWith("Keyboard shortcuts")
                .contains("Export").contains("Resolver").contains("Fit to View").contains("Drills")
                .containsPattern("Save As +(Ctrl|Shortcut|Shift)");
    }

    @Test
    void theAnswerRulesPageNamesTheRulesTheTraceCites(FxRobot robot) {
        robot.clickOn("Help").clickOn("How Route 53 Picks an Answer");
        String page = fixture.dialogs.information.getLast();
        assertThat(page).contains("R43").contains("R72").contains("HC9").contains("18 %");
    }

    @Test
    void theResolverPaneLinksToTheAnswerRules(FxRobot robot) {
        robot.interact(() -> fixture.window.side().showResolver());
        robot.interact(() -> robot.lookup("#how-route53-answers").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(fixture.dialogs.information.getLast()).startsWith("How Route 53 picks an answer").contains("R43");
    }

    @Test
    void aboutGivesTheBundledDataCredits(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Failover Studio");
        assertThat(fixture.dialogs.information.getLast()).contains("IP Geolocation by DB-IP")
                .contains("Natural Earth");
    }
}
