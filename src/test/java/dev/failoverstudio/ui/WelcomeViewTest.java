package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.app.WelcomeViewModels;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.vm.LastDesign;
import dev.failoverstudio.ui.vm.LastDesignStore;
import dev.failoverstudio.ui.vm.WelcomeViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first ten minutes: a first start shows the welcome view with every bundled sample as a card; a card opens
 * its sample (keyboard or mouse); later starts reopen the last design; a last design that is gone or unreadable
 * falls back to the welcome view with a message; a design named on the command line wins; File > Welcome shows the
 * view again.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path temp;

    private final MemoryLastDesign lastDesign = new MemoryLastDesign();
    private DesignerSession session;
    private WelcomeViewModel welcome;
    private final DesignerWindowFixture.ScriptedDialogs dialogs = new DesignerWindowFixture.ScriptedDialogs();

    @Start
    void start(Stage stage) throws IOException {
        session = DesignerSession.create(Services.create(), new DesignerWindowFixture.MemorySettings(),
                Files.createTempDirectory(temp, "autosave"), Runnable::run, Runnable::run);
        MainWindow window = new MainWindow(session, dialogs);
        welcome = WelcomeViewModels.create(session, lastDesign, Runnable::run);
        Scene scene = FailoverStudioApp.scene(WelcomeView.layeredOver(window, welcome), 1200, 800);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    private static List<String> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    private Design read(Path file) throws Exception {
        return session.services().formats().projectFiles().read(file).design();
    }

    private void startWith(Optional<Path> commandLine, FxRobot robot) {
        robot.interact(() -> welcome.start(commandLine));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long recordSets() {
        return session.designer().document().design().zones().stream().mapToLong(z -> z.recordSets().size()).sum();
    }

    private boolean welcomeShown(FxRobot robot) {
        return robot.lookup("#welcome-view").query().isVisible();
    }

    private List<Node> cards(FxRobot robot) {
        return List.copyOf(robot.lookup("#welcome-cards").queryParent().getChildrenUnmodifiable());
    }

    @Test
    void aFirstStartShowsTheWelcomeViewWithEverySampleAsACard(FxRobot robot) throws IOException {
        startWith(Optional.empty(), robot);

        assertThat(welcomeShown(robot)).isTrue();
        List<String> samples = sampleFiles();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        List<Node> cards = cards(robot);
        assertThat(cards).hasSize(samples.size() + 2);
        assertThat(cards.get(0).getId()).isEqualTo("welcome-blank");
        assertThat(cards.get(1).getId()).isEqualTo("welcome-open");
        for (int i = 0; i < samples.size(); i++) {
            Button card = (Button) cards.get(i + 2);
            assertThat(card.getId()).isEqualTo("welcome-card-" + samples.get(i).replace(".json", ""));
            assertThat(card.getTooltip().getText()).contains(samples.get(i));
            assertThat(card.lookupAll(".picture-card")).as("the picture of %s", samples.get(i)).isNotEmpty();
            assertThat(((Label) card.lookup(".welcome-card-title")).getText()).isNotBlank();
        }
        Button latency = robot.lookup("#welcome-card-latency-weighted-tree").queryButton();
        assertThat(((Label) latency.lookup(".welcome-card-title")).getText())
                .as("the title comes from the sample file")
                .isEqualTo("Latency alias to weighted groups (Developer Guide complex failover)");
        assertThat(((Label) latency.lookup(".welcome-card-line")).getText())
                .isEqualTo("example.com answers from the Region with the lowest latency; each Region is a weighted"
                        + " group of two instances with their own health checks.");
        assertThat(latency.getTooltip().getText()).contains("clients near N. Virginia are sent to Sydney");
        assertThat(recordSets()).as("nothing was opened").isZero();
    }

    @Test
    void arrowKeysAndEnterOpenASampleAsAnUntitledCopy(FxRobot robot) throws Exception {
        startWith(Optional.empty(), robot);
        robot.interact(() -> robot.lookup("#welcome-blank").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> cards = cards(robot);
        int columns = (int) cards.stream().filter(c -> c.getLayoutY() == cards.get(0).getLayoutY()).count();
        assertThat(columns).isGreaterThan(1);

        robot.type(KeyCode.DOWN);
        assertThat(cards.get(columns).isFocused()).as("Down moves one row").isTrue();
        robot.type(KeyCode.UP).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(cards.get(2).isFocused()).as("Right moves one card").isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        String first = sampleFiles().get(0);
        assertThat(welcomeShown(robot)).isFalse();
        assertThat(session.designer().document().design()).isEqualTo(read(SAMPLES.resolve(first)));
        assertThat(session.files().file()).as("a sample opens untitled: Save asks where").isNull();
        assertThat(lastDesign.saved).isEqualTo(new LastDesign.Sample(first));
    }

    @Test
    void aClickOnASampleCardOpensIt(FxRobot robot) throws Exception {
        startWith(Optional.empty(), robot);
        robot.clickOn("#welcome-card-active-active-passive");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(session.designer().document().design())
                .isEqualTo(read(SAMPLES.resolve("active-active-passive.json")));
    }

    @Test
    void aLaterStartReopensTheLastDesignFile(FxRobot robot) throws Exception {
        Path design = temp.resolve("my-design.json");
        Files.copy(SAMPLES.resolve("wildcard-cname-delegation.json"), design);
        lastDesign.saved = new LastDesign.File(design);

        startWith(Optional.empty(), robot);

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(session.files().file()).isEqualTo(design);
        assertThat(session.designer().document().design()).isEqualTo(read(design));
    }

    @Test
    void aLaterStartReopensTheLastSample(FxRobot robot) throws Exception {
        lastDesign.saved = new LastDesign.Sample("geoproximity-with-bias.json");

        startWith(Optional.empty(), robot);

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(session.designer().document().design())
                .isEqualTo(read(SAMPLES.resolve("geoproximity-with-bias.json")));
    }

    @Test
    void aMissingLastDesignFallsBackToTheWelcomeViewWithAMessage(FxRobot robot) {
        Path gone = temp.resolve("moved-away.json");
        lastDesign.saved = new LastDesign.File(gone);

        startWith(Optional.empty(), robot);

        assertThat(welcomeShown(robot)).isTrue();
        Label message = robot.lookup("#welcome-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("The last design").contains("moved-away.json")
                .contains("no such file");
        assertThat(cards(robot)).hasSizeGreaterThan(2);
        assertThat(dialogs.errors).as("no dialog on top of the welcome view").isEmpty();
    }

    @Test
    void anUnreadableLastDesignFallsBackToTheWelcomeViewWithAMessage(FxRobot robot) throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"zone\": \"example.com.\", \"resourceRecordSets\": [ {\"Name\": ");
        lastDesign.saved = new LastDesign.File(broken);

        startWith(Optional.empty(), robot);

        assertThat(welcomeShown(robot)).isTrue();
        assertThat(robot.lookup("#welcome-message").queryAs(Label.class).getText()).contains("broken.json")
                .contains("cannot be opened");
        assertThat(dialogs.errors).as("the located problem").hasSize(1);
        assertThat(dialogs.errors.getFirst()).contains("broken.json");
        assertThat(recordSets()).as("the open design stays").isZero();
    }

    @Test
    void aSampleNoLongerBundledFallsBackToTheWelcomeView(FxRobot robot) {
        lastDesign.saved = new LastDesign.Sample("retired-sample.json");

        startWith(Optional.empty(), robot);

        assertThat(welcomeShown(robot)).isTrue();
        assertThat(robot.lookup("#welcome-message").queryAs(Label.class).getText()).contains("retired-sample.json");
    }

    @Test
    void aDesignOnTheCommandLineWinsOverTheLastDesign(FxRobot robot) throws Exception {
        Path last = temp.resolve("last.json");
        Files.copy(SAMPLES.resolve("ip-based-override.json"), last);
        lastDesign.saved = new LastDesign.File(last);
        Path named = SAMPLES.resolve("active-active-passive.json").toAbsolutePath();

        startWith(Optional.of(named), robot);

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(session.files().file()).isEqualTo(named);
        assertThat(session.designer().document().design()).isEqualTo(read(named));
        assertThat(lastDesign.saved).as("what was opened is now the last design")
                .isEqualTo(new LastDesign.File(named));
    }

    @Test
    void fileWelcomeShowsTheViewAgainAndEscapeKeepsTheOpenDesign(FxRobot robot) throws Exception {
        Path design = temp.resolve("kept.json");
        Files.copy(SAMPLES.resolve("active-passive-failover.json"), design);
        lastDesign.saved = new LastDesign.File(design);
        startWith(Optional.empty(), robot);
        assertThat(welcomeShown(robot)).isFalse();

        robot.clickOn("File").clickOn("Welcome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(welcomeShown(robot)).isTrue();
        assertThat(cards(robot)).hasSizeGreaterThan(2);

        robot.type(KeyCode.ESCAPE);
        assertThat(welcomeShown(robot)).isFalse();
        assertThat(session.files().file()).isEqualTo(design);
    }

    @Test
    void blankDesignStartsAnEmptyDesign(FxRobot robot) {
        startWith(Optional.empty(), robot);
        robot.clickOn("#welcome-blank");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(welcomeShown(robot)).isFalse();
        assertThat(recordSets()).isZero();
        assertThat(session.files().file()).isNull();
    }

    /** The last design in memory. */
    private static final class MemoryLastDesign implements LastDesignStore {
        LastDesign saved;

        @Override
        public Optional<LastDesign> load() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void save(LastDesign design) {
            saved = design;
        }
    }
}
