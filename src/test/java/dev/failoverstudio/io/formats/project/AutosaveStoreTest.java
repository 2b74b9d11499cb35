package dev.failoverstudio.io.formats.project;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.Docs;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AutosaveStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
    private final AutoLayout autoLayout = new AutoLayout(CardSizes.DEFAULT);
    private final ProjectFiles files = new ProjectFiles(ObjectMappers.create(), autoLayout);

    @TempDir
    Path dir;

    private DesignDocument laidOut() {
        DesignDocument doc = Docs.latencyWeightedTree();
        return doc.withLayout(autoLayout.arrange(DesignGraph.of(doc.design()), doc.layout()));
    }

    private AutosaveStore store() {
        return new AutosaveStore(dir.resolve("autosave"), files, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void whatACrashedRunSavedIsFoundByTheNextRun() throws Exception {
        DesignDocument doc = laidOut();
        Path original = dir.resolve("my-design.json");
        store().save(doc, Optional.of(original));

        // a new store, as after a restart
        Optional<RecoverableDesign> found = store().recoverable();

        assertThat(found).isPresent();
        assertThat(found.get().document()).isEqualTo(doc);
        assertThat(found.get().originalFile()).contains(original.toAbsolutePath());
        assertThat(found.get().savedAt()).isEqualTo(NOW);
    }

    @Test
    void aNeverSavedDesignHasNoOriginalFile() throws Exception {
        store().save(laidOut(), Optional.empty());
        assertThat(store().recoverable()).get().extracting(RecoverableDesign::originalFile)
                .isEqualTo(Optional.empty());
    }

    @Test
    void aLaterAutosaveReplacesTheEarlierOne() throws Exception {
        AutosaveStore store = store();
        store.save(laidOut(), Optional.empty());
        DesignDocument empty = DesignDocument.empty(new java.util.Random(3));
        store.save(empty, Optional.empty());
        assertThat(store().recoverable()).get().extracting(RecoverableDesign::document).isEqualTo(empty);
        try (var list = Files.list(dir.resolve("autosave"))) {
            assertThat(list).hasSize(1);
        }
    }

    @Test
    void discardLeavesNothingToRecover() throws Exception {
        AutosaveStore store = store();
        store.save(laidOut(), Optional.empty());
        store.discard();
        assertThat(store().recoverable()).isEmpty();
        store.discard();
    }

    @Test
    void nothingSavedMeansNothingToRecover() {
        assertThat(store().recoverable()).isEmpty();
    }

    @Test
    void aDamagedCopyIsNotOfferedAndNotDeleted() throws Exception {
        AutosaveStore store = store();
        store.save(laidOut(), Optional.empty());
        Files.writeString(store.file(), "{\"autosaveVersion\": 1, \"savedAt\": \"yesterday\"");
        assertThat(store().recoverable()).isEmpty();
        assertThat(Files.exists(store.file())).isTrue();
    }
}
