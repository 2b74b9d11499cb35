package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.ResolverBehaviour;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saved drills are part of the document: edited by undoable commands, kept by every other edit. */
class DrillEditCommandsTest {

    private static Drill drill(String name, double downAt) {
        Population population = new Population(List.of(new PopulationLocation("DE", "EU",
                new ClientContext("EU", "DE", null, "eu-central-1", null, null, null, null), 1)), "test");
        return new Drill(name, null, Query.of("www.example.com", "A"), 600, 1, population, 100,
                ResolverBehaviour.DEFAULT, List.of(new DrillEvent.EndpointState(downAt, "192.0.2.1", false, Set.of())),
                Map.of(), Map.of(), List.of());
    }

    private static DesignDocument start() {
        return Docs.doc(Docs.weighted("www", "a", 10, "192.0.2.1"), Docs.weighted("www", "b", 10, "192.0.2.2"));
    }

    @Test
    void addReplaceRemoveAreUndoneAndRedoneAndMakeTheDocumentDirty() {
        EditHistory history = new EditHistory(start());
        history.execute(new AddDrillCommand(drill("outage", 60)));
        assertThat(history.isDirty()).isTrue();
        history.execute(new AddDrillCommand(drill("second", 30)));
        history.execute(new ReplaceDrillCommand(0, drill("outage", 120), "Edit drill event"));
        assertThat(history.undoLabel()).contains("Edit drill event");
        assertThat(history.current().drills()).containsExactly(drill("outage", 120), drill("second", 30));
        history.execute(new RemoveDrillCommand(1));
        assertThat(history.current().drills()).containsExactly(drill("outage", 120));

        history.undo();
        assertThat(history.current().drills()).containsExactly(drill("outage", 120), drill("second", 30));
        history.undo();
        assertThat(history.current().drills()).containsExactly(drill("outage", 60), drill("second", 30));
        history.redo();
        assertThat(history.current().drills()).containsExactly(drill("outage", 120), drill("second", 30));
        history.undo();
        history.undo();
        history.undo();
        assertThat(history.current().drills()).isEmpty();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void aDrillEditLeavesTheDesignAndLayoutObjectsAlone() {
        DesignDocument before = start();
        DesignDocument after = new AddDrillCommand(drill("outage", 60)).apply(before);
        assertThat(after.design()).isSameAs(before.design());
        assertThat(after.layout()).isSameAs(before.layout());
    }

    @Test
    void replacingWithAnEqualDrillChangesNothing() {
        DesignDocument doc = new AddDrillCommand(drill("outage", 60)).apply(start());
        assertThat(new ReplaceDrillCommand(0, drill("outage", 60), "Edit drill").apply(doc)).isSameAs(doc);
    }

    @Test
    void aStaleIndexIsRefusedWithoutChange() {
        DesignDocument doc = new AddDrillCommand(drill("outage", 60)).apply(start());
        assertThatThrownBy(() -> new RemoveDrillCommand(1).apply(doc)).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("no saved drill number 2");
        assertThatThrownBy(() -> new ReplaceDrillCommand(-1, drill("x", 1), "Edit drill").apply(doc))
                .isInstanceOf(EditRejectedException.class);
    }

    @Test
    void recordSetEditsKeepTheDrills() {
        DesignDocument doc = new AddDrillCommand(drill("outage", 60)).apply(start());
        List<Drill> drills = doc.drills();
        RecordSet extra = Docs.weighted("api", "a", 5, "192.0.2.9");
        DesignDocument added = new AddRecordSetCommand(Docs.ZONE, extra, new Position(10, 10)).apply(doc);
        assertThat(added.drills()).isEqualTo(drills);
        RecordSet changed = Docs.weighted("www", "a", 20, "192.0.2.1");
        DesignDocument replaced = new ReplaceRecordSetCommand(Docs.ZONE, Docs.key(Docs.weighted("www", "a", 10,
                "192.0.2.1")), changed).apply(added);
        assertThat(replaced.drills()).isEqualTo(drills);
        DesignDocument removed = new RemoveNodesCommand(Set.of(NodeKey.group(Docs.ZONE, extra.groupKey())), Set.of())
                .apply(replaced);
        assertThat(removed.drills()).isEqualTo(drills);
        assertThat(removed.withLayout(removed.layout()).drills()).isEqualTo(drills);
    }
}
