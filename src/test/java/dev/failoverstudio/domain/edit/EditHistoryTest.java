package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditHistoryTest {

    private static final NodeKey CARD = NodeKey.healthCheck("hc-1");

    private static EditCommand move(double x) {
        return new MoveNodesCommand(Map.of(CARD, new Position(x, 0)));
    }

    @Test
    void executeUndoRedoWalkTheDocumentsAndLabels() {
        DesignDocument start = Docs.doc();
        EditHistory history = new EditHistory(start);
        EditCommand add = new AddRecordSetCommand(Docs.ZONE, Docs.simpleA("www", "192.0.2.1"), new Position(1, 2));

        history.execute(add);
        DesignDocument afterAdd = history.current();
        history.execute(move(5));

        assertThat(history.undoLabel()).contains("Move");
        history.undo();
        assertThat(history.current()).isSameAs(afterAdd);
        assertThat(history.undoLabel()).contains("Add simple record set");
        assertThat(history.redoLabel()).contains("Move");
        history.undo();
        assertThat(history.current()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(history.current()).isSameAs(afterAdd);
        history.redo();
        assertThat(history.current().layout().at(CARD)).contains(new Position(5, 0));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsTheRedoSteps() {
        EditHistory history = new EditHistory(Docs.doc());
        history.execute(move(1));
        history.undo();
        assertThat(history.canRedo()).isTrue();
        history.execute(move(2));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redoLabel()).isEmpty();
    }

    @Test
    void aRefusedCommandChangesNothing() {
        DesignDocument start = Docs.doc(Docs.simpleA("www", "192.0.2.1"));
        EditHistory history = new EditHistory(start);
        List<DesignDocument> seen = new ArrayList<>();
        history.addListener(seen::add);

        assertThatThrownBy(() -> history.execute(new AddRecordSetCommand(Docs.ZONE, Docs.simpleA("www", "192.0.2.9"),
                null))).isInstanceOf(EditRejectedException.class);

        assertThat(history.current()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
        assertThat(seen).isEmpty();
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        EditHistory history = new EditHistory(Docs.doc());
        history.execute(move(1));
        history.execute(move(1));
        assertThat(history.undoDepth()).isEqualTo(1);
    }

    @Test
    void dirtyUntilSavedAndCleanAgainWhenUndoneBackToTheSavedDocument() {
        EditHistory history = new EditHistory(Docs.doc());
        assertThat(history.isDirty()).isFalse();
        history.execute(move(1));
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        history.execute(move(2));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void resetClearsHistoryAndDirtiness() {
        EditHistory history = new EditHistory(Docs.doc());
        history.execute(move(1));
        DesignDocument opened = Docs.latencyWeightedTree();
        history.reset(opened);
        assertThat(history.current()).isSameAs(opened);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void listenersHearEveryChangeWithTheCurrentDocument() {
        EditHistory history = new EditHistory(Docs.doc());
        List<DesignDocument> seen = new ArrayList<>();
        history.addListener(seen::add);
        history.execute(move(1));
        history.undo();
        history.redo();
        history.markSaved();
        history.reset(Docs.doc());
        assertThat(seen).hasSize(5);
        assertThat(seen.get(4)).isSameAs(history.current());
    }

    @Test
    void theOldestStepsGoWhenTheStepCountIsExceeded() {
        EditHistory history = new EditHistory(Docs.doc(), 3, Long.MAX_VALUE);
        for (int i = 1; i <= 5; i++) {
            history.execute(move(i));
        }
        assertThat(history.undoDepth()).isEqualTo(3);
        history.undo();
        history.undo();
        history.undo();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.current().layout().at(CARD)).contains(new Position(2, 0));
    }

    @Test
    void theOldestStepsGoWhenTheMemoryBudgetIsExceeded() {
        DesignDocument big = Docs.latencyWeightedTree();
        // Each record edit copies the zone's list of 6 record sets (cost 6 + zones + 1 = 8).
        EditHistory history = new EditHistory(big, 10_000, 20);
        for (long w = 1; w <= 5; w++) {
            var eu1 = Docs.records(history.current()).get(2);
            history.execute(new ReplaceRecordSetCommand(Docs.ZONE, eu1.key(),
                    eu1.withRouting(eu1.setIdentifier(), new dev.failoverstudio.domain.model.WeightedRouting(w))));
        }
        assertThat(history.undoDepth()).isEqualTo(2);
    }

    @Test
    void aTwoThousandRecordSetDesignKeepsThousandsOfRecordEdits() {
        var design = dev.failoverstudio.cli.SyntheticDesigns.trees(100, 4);
        String zone = design.zones().get(0).id();
        EditHistory history = new EditHistory(new DesignDocument(design, dev.failoverstudio.domain.layout.Layout.EMPTY));
        for (int i = 0; i < 3000; i++) {
            var records = history.current().design().zones().get(0).recordSets();
            var r = records.get(1 + (i % 4) * 5);
            history.execute(new ReplaceRecordSetCommand(zone, r.key(),
                    r.withRouting(r.setIdentifier(), new dev.failoverstudio.domain.model.WeightedRouting(i % 256))));
        }
        // 5,000,000 / (2,000 + 2) units per edit
        assertThat(history.undoDepth()).isBetween(2400, 2500);
    }

    @Test
    void stepsShareUnchangedPartsSoAMoveCostsOnlyTheLayout() {
        DesignDocument before = Docs.latencyWeightedTree();
        DesignDocument moved = move(3).apply(before);
        assertThat(moved.design()).isSameAs(before.design());
        assertThat(EditHistory.cost(before, moved)).isEqualTo(1);
        DesignDocument edited = new AttachHealthCheckCommand(Docs.ZONE, Docs.records(before).get(3).key(), "hc-eu-1")
                .apply(before);
        assertThat(edited.layout()).isSameAs(before.layout());
        assertThat(edited.design().healthChecks()).isSameAs(before.design().healthChecks());
        assertThat(EditHistory.cost(before, edited)).isEqualTo(1 + 1 + 6);
    }
}
