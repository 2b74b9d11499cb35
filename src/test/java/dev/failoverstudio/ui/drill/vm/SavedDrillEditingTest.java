package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.io.formats.drill.DrillFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Drills tab's editor over the design's saved drills: undoable design edits, record-set events and the
 * population, with a message (never an exception) for every bad value.
 */
class SavedDrillEditingTest {

    private static final Path ACTIVE_PASSIVE = Path.of("samples/drills/active-passive-failover.json");
    private static final RecordSetKey PRIMARY = new RecordSetKey(DomainName.of("api.example.com."), RecordType.A,
            "primary");
    private static Services services;

    private DrillFile sample;
    private HistoryDesignSource source;
    private DrillViewModel vm;

    @BeforeAll
    static void services() {
        services = Services.create();
    }

    @BeforeEach
    void open() throws Exception {
        sample = services.formats().drillReader().read(ACTIVE_PASSIVE, () -> WorldPopulation.of(services.geo()));
        source = new HistoryDesignSource(new DesignDocument(sample.design(), Layout.EMPTY, List.of(sample.drill())));
        vm = new DrillViewModel(source, services, Runnable::run, Runnable::run);
    }

    @Test
    void theDesignsSavedDrillsAreListedAndLoadIntoTheForm() {
        assertThat(vm.savedDrills()).containsExactly(sample.drill());
        vm.selectSaved(0);
        assertThat(vm.buildDrill()).isEqualTo(sample.drill());
        assertThat(vm.worldPopulationProperty().get()).isFalse();
        assertThat(vm.locations()).extracting(PopulationLocation::name).containsExactly("Frankfurt", "New York",
                "Tokyo");
        assertThat(vm.locations().get(0).share()).isEqualTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void eachEditIsOneUndoableStepAndUndoRedoReloadTheForm() {
        vm.selectSaved(0);
        assertThat(source.history.isDirty()).isFalse();
        vm.removeEvent(1); // the repair at 900 s
        assertThat(source.history.isDirty()).isTrue();
        assertThat(source.drills().get(0).events()).hasSize(1);
        assertThat(source.history.undoLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Remove drill event"));

        vm.durationProperty().set("1200");
        assertThat(vm.saveToDesign()).isTrue();
        assertThat(source.drills().get(0).durationSeconds()).isEqualTo(1200);

        source.history.undo();
        assertThat(vm.durationProperty().get()).as("the form follows undo").isEqualTo("1500");
        assertThat(vm.events()).hasSize(1);
        source.history.undo();
        assertThat(vm.events()).hasSize(2);
        assertThat(vm.buildDrill()).isEqualTo(sample.drill());
        assertThat(source.history.isDirty()).isFalse();
        source.history.redo();
        assertThat(vm.events()).hasSize(1);
    }

    @Test
    void addingAndRemovingDrillsAreDesignEdits() {
        vm.selectSaved(0);
        vm.nameProperty().set("second outage");
        assertThat(vm.addToDesign()).isTrue();
        assertThat(source.drills()).extracting(Drill::name).containsExactly("primary API endpoint outage",
                "second outage");
        assertThat(vm.selectedSavedProperty().get()).isEqualTo(1);
        assertThat(vm.addToDesign()).as("a second drill of the same name").isFalse();
        assertThat(vm.messageProperty().get()).contains("already saves a drill named second outage");

        assertThat(vm.removeFromDesign()).isTrue();
        assertThat(source.drills()).hasSize(1);
        assertThat(vm.selectedSavedProperty().get()).isEqualTo(-1);
        source.history.undo();
        assertThat(vm.savedDrills()).hasSize(2);
    }

    @Test
    void s2_anUpsertChosenFromTheDesignChangesWeightValuesAndTtl() {
        vm.selectSaved(0);
        EventDraft d = vm.eventDraft();
        RecordSet primary = vm.recordSetChoices().stream().filter(r -> r.key().equals(PRIMARY)).findFirst()
                .orElseThrow();
        d.kindProperty().set(EventDraft.Kind.UPSERT);
        d.atProperty().set("400");
        d.choose(primary);
        assertThat(d.valuesProperty().get()).isEqualTo("192.0.2.20");
        assertThat(d.ttlProperty().get()).isEqualTo("30");
        d.valuesProperty().set("192.0.2.21, 192.0.2.22");
        d.ttlProperty().set("10");
        assertThat(vm.addEvent()).isTrue();

        DrillEvent.UpsertRecordSet upsert = (DrillEvent.UpsertRecordSet) source.drills().get(0).events().get(1);
        assertThat(upsert.at()).isEqualTo(400);
        assertThat(upsert.recordSet()).isEqualTo(primary.withValues(List.of("192.0.2.21", "192.0.2.22")).withTtl(10L));

        // Loaded back into the form, edited and replaced.
        assertThat(vm.editEvent(1)).isTrue();
        assertThat(d.kindProperty().get()).isEqualTo(EventDraft.Kind.UPSERT);
        d.ttlProperty().set("20");
        assertThat(vm.replaceEvent(1)).isTrue();
        upsert = (DrillEvent.UpsertRecordSet) source.drills().get(0).events().get(1);
        assertThat(upsert.recordSet().ttl()).isEqualTo(20L);
    }

    @Test
    void r70_aWeightOnAFailoverRecordSetAndBadTtlsAreRefusedWithAMessage() {
        vm.selectSaved(0);
        EventDraft d = vm.eventDraft();
        d.kindProperty().set(EventDraft.Kind.UPSERT);
        d.choose(vm.recordSetChoices().get(0));
        d.weightProperty().set("10");
        assertThat(vm.addEvent()).isFalse();
        assertThat(vm.messageProperty().get()).contains("weight applies to weighted record sets only (R70)");
        d.weightProperty().set("");
        d.ttlProperty().set("-1");
        assertThat(vm.addEvent()).isFalse();
        assertThat(vm.messageProperty().get()).contains("TTL must be from 0 to 2147483647");
        d.ttlProperty().set("thirty");
        assertThat(vm.addEvent()).isFalse();
        d.ttlProperty().set("30");
        d.valuesProperty().set(" , ");
        assertThat(vm.addEvent()).isFalse();
        assertThat(vm.messageProperty().get()).contains("at least one value");
        assertThat(source.drills().get(0)).isEqualTo(sample.drill());
    }

    @Test
    void anUnknownRecordSetIsRefusedForDeleteAndUpsert() {
        vm.selectSaved(0);
        EventDraft d = vm.eventDraft();
        d.kindProperty().set(EventDraft.Kind.DELETE);
        d.recordNameProperty().set("www.example.com");
        d.recordTypeProperty().set("A");
        d.setIdentifierProperty().set("");
        assertThat(vm.addEvent()).isFalse();
        assertThat(vm.messageProperty().get()).contains("unknown record set www.example.com. A");
        d.kindProperty().set(EventDraft.Kind.UPSERT);
        assertThat(vm.addEvent()).isFalse();
        assertThat(vm.messageProperty().get()).contains("unknown record set");

        d.kindProperty().set(EventDraft.Kind.DELETE);
        d.recordNameProperty().set("api.example.com");
        d.setIdentifierProperty().set("secondary");
        d.atProperty().set("500");
        assertThat(vm.addEvent()).isTrue();
        assertThat(source.drills().get(0).events()).contains(new DrillEvent.DeleteRecordSet(500,
                new RecordSetKey(DomainName.of("api.example.com."), RecordType.A, "secondary")));
    }

    @Test
    void d4_sharesThatDoNotAddUpTo100PercentAreNotSaved() {
        vm.selectSaved(0);
        LocationDraft l = vm.locationDraft();
        l.nameProperty().set("Sydney");
        l.countryProperty().set("au");
        l.regionProperty().set("ap-southeast-2");
        l.sharePercentProperty().set("10");
        assertThat(vm.addLocation()).isFalse();
        assertThat(vm.messageProperty().get()).contains("location shares add up to 110 %, not 100 %");
        assertThat(vm.populationSummaryProperty().get()).contains("must be 100 %");
        assertThat(source.drills().get(0)).isEqualTo(sample.drill());

        vm.editLocation(0);
        vm.locationDraft().sharePercentProperty().set("40");
        assertThat(vm.replaceLocation(0)).isTrue();
        List<PopulationLocation> saved = source.drills().get(0).population().locations();
        assertThat(saved).extracting(PopulationLocation::name).containsExactly("Frankfurt", "New York", "Tokyo",
                "Sydney");
        assertThat(saved.get(3).client().country()).isEqualTo("AU");
        assertThat(saved.get(0).share()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badLocationFieldsAreNamed() {
        LocationDraft l = vm.locationDraft();
        l.nameProperty().set("Mars");
        l.sharePercentProperty().set("5");
        l.regionProperty().set("mars-north-1");
        assertThat(vm.addLocation()).isFalse();
        assertThat(vm.messageProperty().get()).contains("unknown AWS Region 'mars-north-1'");
        l.regionProperty().set("");
        l.countryProperty().set("Germany");
        assertThat(vm.addLocation()).isFalse();
        assertThat(vm.messageProperty().get()).contains("two-letter ISO 3166 code");
        l.countryProperty().set("DE");
        l.sharePercentProperty().set("lots");
        assertThat(vm.addLocation()).isFalse();
        assertThat(vm.messageProperty().get()).contains("share must be a number");
    }

    @Test
    void theWorldDefaultIsRestored() {
        vm.selectSaved(0);
        vm.restoreWorldPopulation();
        assertThat(vm.worldPopulationProperty().get()).isTrue();
        assertThat(source.drills().get(0).population()).isEqualTo(WorldPopulation.of(services.geo()));
        assertThat(vm.populationSummaryProperty().get()).startsWith("World default: ")
                .contains(WorldPopulation.SOURCE);
        int us = vm.locations().stream().map(PopulationLocation::name).toList().indexOf("US");
        vm.removeLocation(us);
        assertThat(vm.worldPopulationProperty().get()).isFalse();
        assertThat(vm.populationSummaryProperty().get()).contains("must be 100 %");
    }

    @Test
    void d3_aSavedDrillTheDesignCannotRunIsReportedAndNotRun() {
        vm.selectSaved(0);
        EventDraft d = vm.eventDraft();
        d.kindProperty().set(EventDraft.Kind.ENDPOINT);
        d.targetProperty().set("203.0.113.99");
        d.stateProperty().set(DrillEvent.Observed.DOWN);
        d.atProperty().set("100");
        assertThat(vm.addEvent()).as("saved, since an edit of the design may still make it fit").isTrue();
        assertThat(vm.messageProperty().get()).contains("cannot run against this design yet",
                "no record set, resource or drill endpoint has the value 203.0.113.99 (D3)");
        assertThat(vm.run()).isFalse();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("$.events[1]");
    }
}
