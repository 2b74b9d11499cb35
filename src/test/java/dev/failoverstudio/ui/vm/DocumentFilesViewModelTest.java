package dev.failoverstudio.ui.vm;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.domain.layout.NodeKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Files without the toolkit: title marker, save/open, import, autosave and restore after a crash. */
class DocumentFilesViewModelTest {

    @TempDir
    Path temp;

    @Test
    void theTitleShowsTheFileAndAnUnsavedMarker() {
        DesignerSession s = DesignerFixture.session(temp);
        assertThat(s.files().titleProperty().get()).isEqualTo("Untitled — Failover Studio");

        s.designer().createFromPalette(PaletteItem.SIMPLE, 0, 0);
        assertThat(s.files().titleProperty().get()).isEqualTo("*Untitled — Failover Studio");

        AtomicBoolean saved = new AtomicBoolean();
        s.files().saveAs(temp.resolve("mine.json"), saved::set);
        assertThat(saved).isTrue();
        assertThat(s.files().titleProperty().get()).isEqualTo("mine.json — Failover Studio");
    }

    @Test
    void readingIsTrueFromOpenUntilTheDesignIsInOrTheFileFailed() throws Exception {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        DesignerSession s = DesignerSession.create(dev.failoverstudio.app.Services.create(),
                new DesignerFixture.MemorySettings(), temp.resolve("autosave"), background::add,
                DesignerFixture.SAME_THREAD);
        assertThat(s.files().readingProperty().get()).isFalse();

        s.files().open(Path.of("samples/latency-weighted-tree.json"));
        Path broken = Files.writeString(temp.resolve("broken.json"), "{ not json");
        s.files().open(broken);
        assertThat(s.files().readingProperty().get()).as("two reads underway").isTrue();

        background.poll().run();
        assertThat(s.designer().document().design().zones()).isNotEmpty();
        assertThat(s.files().readingProperty().get()).as("one read still underway").isTrue();

        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(s.files().errorProperty().get()).contains("broken.json");
        assertThat(s.files().readingProperty().get()).isFalse();
    }

    @Test
    void aScenarioFileImportsAsAnUntitledLaidOutDesign() {
        DesignerSession s = DesignerFixture.session(temp);

        s.files().importFile(Path.of("samples/latency-weighted-tree.json"));

        assertThat(s.files().file()).isNull();
        assertThat(s.designer().scene().cards()).hasSizeGreaterThan(4);
        var cards = s.designer().scene().cards();
        for (CardModel a : cards) {
            for (CardModel b : cards) {
                if (a != b) {
                    assertThat(a.intersects(b.x(), b.y(), b.x() + b.width(), b.y() + b.height()))
                            .as(a.title() + " overlaps " + b.title()).isFalse();
                }
            }
        }
        assertThat(s.designer().problems()).noneMatch(ProblemItem::isError);
    }

    @Test
    void anAutosavedDesignIsOfferedBackAndRestoredUnsaved() {
        DesignerSession crashed = DesignerFixture.session(temp);
        NodeKey key = crashed.designer().createFromPalette(PaletteItem.WEIGHTED, 60, 80).orElseThrow();
        crashed.files().autosaveNow();

        DesignerSession next = DesignerFixture.session(temp);
        Optional<String> question = next.files().recoveryQuestion();
        assertThat(question).hasValueSatisfying(q -> assertThat(q).startsWith("Restore the unsaved design"));
        next.files().answerRecovery(true);

        assertThat(next.designer().scene().card(key)).isPresent();
        assertThat(next.designer().dirtyProperty().get()).isTrue();
        DesignerSession third = DesignerFixture.session(temp);
        assertThat(third.files().recoveryQuestion()).isPresent();
        third.files().answerRecovery(false);
        assertThat(DesignerFixture.session(temp).files().recoveryQuestion()).isEmpty();
    }

    @Test
    void nothingIsAutosavedWithoutUnsavedChanges() throws Exception {
        DesignerSession s = DesignerFixture.session(temp);
        s.files().autosaveNow();
        assertThat(s.files().recoverable()).isEmpty();
        assertThat(Files.exists(temp.resolve("autosave")) && Files.list(temp.resolve("autosave")).findAny().isPresent())
                .isFalse();
    }
}
