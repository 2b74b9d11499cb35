package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.DrillResult;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.domain.drill.WorldPopulation;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.io.formats.drill.DrillFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill pane's view model without the toolkit: same-thread executor and FX poster. */
class DrillViewModelTest {

    static final Path ACTIVE_PASSIVE = Path.of("samples/drills/active-passive-failover.json");
    static final Path LATENCY_TREE = Path.of("samples/drills/latency-weighted-tree.json");

    static Services services;

    @BeforeAll
    static void services() {
        services = Services.create();
    }

    private static DrillViewModel sameThread() {
        return new DrillViewModel(new FixedDesignSource(null), services, Runnable::run, Runnable::run);
    }

    private static DrillFile read(Path file) throws Exception {
        return services.formats().drillReader().read(file, () -> WorldPopulation.of(services.geo()));
    }

    @Test
    void openingADrillFileFillsTheFormAndTheFormBuildsTheSameDrill() throws Exception {
        DrillViewModel vm = sameThread();
        assertThat(vm.open(ACTIVE_PASSIVE)).isTrue();
        Drill read = read(ACTIVE_PASSIVE).drill();
        assertThat(vm.buildDrill()).isEqualTo(read);
        assertThat(vm.designForRun()).isEqualTo(read(ACTIVE_PASSIVE).design());
        assertThat(vm.designLabelProperty().get()).contains("active-passive-failover.json");
    }

    @Test
    void anEditedDrillSavedAsAFileReadsBackWithItsDesign(@TempDir Path temp) throws Exception {
        DrillViewModel vm = sameThread();
        assertThat(vm.open(ACTIVE_PASSIVE)).isTrue();
        vm.nameProperty().set("longer outage");
        vm.durationProperty().set("2400");
        Path saved = temp.resolve("saved-drill.json");

        assertThat(vm.saveAs(saved)).isTrue();

        DrillFile again = read(saved);
        assertThat(again.drill()).isEqualTo(vm.buildDrill());
        assertThat(again.drill().durationSeconds()).isEqualTo(2400);
        assertThat(again.design()).isEqualTo(read(ACTIVE_PASSIVE).design());
        assertThat(vm.messageProperty().get()).contains("Wrote saved-drill.json");
        assertThat(vm.fileNameProperty().get()).isEqualTo("saved-drill.json");
    }

    @Test
    void aDrillTheReaderWouldRefuseIsNotSaved_D5(@TempDir Path temp) {
        DrillViewModel vm = sameThread();
        assertThat(vm.open(ACTIVE_PASSIVE)).isTrue();
        vm.durationProperty().set("900"); // an assertion's window now ends after the drill
        Path saved = temp.resolve("broken-drill.json");

        vm.saveAs(saved);

        assertThat(saved).doesNotExist();
        assertThat(vm.fileNameProperty().get()).as("still the opened file").isEqualTo("active-passive-failover.json");
        assertThat(vm.messageProperty().get()).contains("would not open again").contains("D5");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void addingReplacingAndRemovingEventsChangesTheDrill() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);
        EventDraft d = vm.eventDraft();
        d.kindProperty().set(EventDraft.Kind.SWITCH);
        d.atProperty().set("300");
        d.targetProperty().set("22222222-bbbb-4000-8000-000000000003");
        d.invertedProperty().set(EventDraft.Switch.ON);
        assertThat(vm.addEvent()).isTrue();

        List<DrillEvent> events = vm.buildDrill().events();
        assertThat(events).hasSize(3);
        // kept in time order: between the failure at 60 s and the repair at 900 s
        assertThat(events.get(1)).isEqualTo(
                new DrillEvent.HealthCheckSwitch(300, "22222222-bbbb-4000-8000-000000000003", null, true));

        assertThat(vm.editEvent(0)).isTrue();
        assertThat(d.kindProperty().get()).isEqualTo(EventDraft.Kind.ENDPOINT);
        assertThat(d.targetProperty().get()).isEqualTo("192.0.2.20");
        d.atProperty().set("120");
        d.timesOutProperty().set(true);
        assertThat(vm.replaceEvent(0)).isTrue();
        assertThat(vm.buildDrill().events().get(0))
                .isEqualTo(new DrillEvent.EndpointState(120, "192.0.2.20", false, Set.of(), true));

        vm.removeEvent(1);
        assertThat(vm.buildDrill().events()).extracting(DrillEvent::at).containsExactly(120.0, 900.0);
    }

    @Test
    void aWrongEventFormIsRefusedWithAMessageAndLeavesTheTimeline() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);
        EventDraft d = vm.eventDraft();
        d.kindProperty().set(EventDraft.Kind.SET_WEIGHT);
        d.atProperty().set("soon");
        assertThat(vm.addEvent()).isFalse();
        assertThat(vm.messageProperty().get()).contains("time must be a number");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();

        d.atProperty().set("10");
        d.recordNameProperty().set("api.example.com");
        d.setIdentifierProperty().set("primary");
        d.weightProperty().set("300");
        assertThat(vm.addEvent()).isFalse();
        assertThat(vm.messageProperty().get()).contains("R70");
        d.weightProperty().set("0");
        assertThat(vm.addEvent()).isTrue();
        assertThat(vm.buildDrill().events().get(0)).isEqualTo(new DrillEvent.SetWeight(10,
                new RecordSetKey(DomainName.of("api.example.com"), RecordType.A, "primary"), 0));
    }

    @Test
    void assertionsAreAddedFromTheSimpleFormAndRemoved() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);
        AssertionDraft d = vm.assertionDraft();
        d.kindProperty().set(AssertionDraft.Kind.SHARE);
        d.fromProperty().set("200");
        d.clientsKindProperty().set(AssertionDraft.ClientsKind.COUNTRY);
        d.clientsProperty().set("JP");
        d.targetKindProperty().set(AssertionDraft.TargetKind.ANSWER);
        d.targetProperty().set("198.51.100.20");
        d.atLeastProperty().set("99");
        assertThat(vm.addAssertion()).isTrue();
        DrillAssertion added = vm.buildDrill().assertions().get(5);
        assertThat(added).isEqualTo(new DrillAssertion.Share("assertions[5]", 200, 1500,
                new DrillAssertion.Clients(null, null, "JP", null), DrillAssertion.Target.value("198.51.100.20"),
                0.99, null));

        d.kindProperty().set(AssertionDraft.Kind.FIGURE);
        d.figureProperty().set(KeyFigures.Name.TIME_TO_DETECTION);
        d.atLeastProperty().set("");
        d.atMostProperty().set("");
        assertThat(vm.addAssertion()).isFalse();
        assertThat(vm.messageProperty().get()).contains("atLeast or atMost");

        vm.removeAssertion(0);
        assertThat(vm.buildDrill().assertions()).hasSize(5).doesNotContain(read(ACTIVE_PASSIVE).drill().assertions().get(0));
    }

    @Test
    void aRunGivesTheSimulatorsResultForTheSameSeed() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);
        vm.seedProperty().set("42");
        assertThat(vm.run()).isTrue();

        DrillFile file = read(ACTIVE_PASSIVE);
        DrillResult expected = services.drillSimulator().run(file.design(), file.drill(), 42);
        DrillResult shown = vm.resultProperty().get();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(shown.seed()).isEqualTo(42);
        assertThat(shown.times()).containsExactly(expected.times());
        assertThat(shown.answers()).isEqualTo(expected.answers());
        assertThat(shown.shareByAnswer()).isDeepEqualTo(expected.shareByAnswer());
        assertThat(shown.unhealthyShare()).containsExactly(expected.unhealthyShare());
        assertThat(shown.figures()).isEqualTo(expected.figures());
        assertThat(shown.outcomes()).isEqualTo(expected.outcomes());

        assertThat(vm.figures()).isEqualTo(DrillViewModel.figureRows(expected.figures()));
        assertThat(vm.figures().get(5).label()).isEqualTo("full failover");
        assertThat(vm.figures().get(5).after()).isEqualTo(
                "+" + Numbers.seconds(expected.figures().duration(KeyFigures.Name.TIME_TO_FULL_FAILOVER)));
        assertThat(vm.outcomes()).extracting(AssertionRow::passed)
                .containsExactlyElementsOf(expected.outcomes().stream().map(o -> o.passed()).toList());
        assertThat(vm.verdictProperty().get()).isEqualTo("all 5 assertions hold");
    }

    @Test
    void chartSeriesAreThinnedToTheBudgetAndKeepTheEnds() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);  // 1,501 samples
        vm.run();
        DrillResult r = vm.resultProperty().get();
        assertThat(r.times()).hasSize(1_501);
        assertThat(vm.answerSeries()).hasSize(r.answers().size());
        for (ShareSeries s : vm.answerSeries()) {
            assertThat(s.times().length).isLessThanOrEqualTo(Downsampling.MAX_POINTS);
            assertThat(s.times()[0]).isZero();
            assertThat(s.times()[s.times().length - 1]).isEqualTo(1500);
        }
        // the peak share sent to the dead primary survives thinning
        double peak = java.util.Arrays.stream(r.unhealthyShare()).max().getAsDouble();
        assertThat(peak).isPositive();
        assertThat(vm.unhealthySeriesProperty().get().shares()).contains(peak);
    }

    @Test
    void theAnswerChartShowsOneLocationGroupOnRequest() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);
        vm.run();
        DrillResult r = vm.resultProperty().get();
        assertThat(vm.groups()).containsExactly(DrillViewModel.ALL_CLIENTS, "EU", "NA", "AS");
        vm.chartGroupProperty().set("AS");
        int g = r.groups().indexOf("AS");
        assertThat(vm.answerSeries()).hasSize(r.answers().size());
        for (int a = 0; a < r.answers().size(); a++) {
            ShareSeries s = vm.answerSeries().get(a);
            assertThat(s.name()).isEqualTo(r.answers().get(a).label());
            for (int i = 0; i < s.times().length; i++) {
                assertThat(s.shares()[i]).isEqualTo(r.groupShareByAnswer()[g][a][r.sampleAt(s.times()[i])]);
            }
        }
        vm.chartGroupProperty().set(DrillViewModel.ALL_CLIENTS);
        for (int i = 0; i < vm.answerSeries().get(0).times().length; i++) {
            ShareSeries s = vm.answerSeries().get(0);
            assertThat(s.shares()[i]).isEqualTo(r.shareByAnswer()[0][r.sampleAt(s.times()[i])]);
        }
    }

    @Test
    void progressComesBackThroughThePosterAndTheRunIsOffTheCallersThread() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<Runnable> posted = new ArrayList<>();
        Executor background = queued::add;
        DrillViewModel vm = new DrillViewModel(new FixedDesignSource(null), services, background, posted::add);
        vm.open(ACTIVE_PASSIVE);
        assertThat(vm.run()).isTrue();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.run()).isFalse();
        assertThat(vm.resultProperty().get()).isNull();

        queued.get(0).run();  // the background task
        assertThat(vm.resultProperty().get()).isNull();  // nothing touched until posted
        assertThat(posted.size()).isGreaterThan(10);
        for (Runnable r : posted) {
            r.run();
        }
        assertThat(vm.resultProperty().get()).isNotNull();
        assertThat(vm.progressProperty().get()).isEqualTo(1);
    }

    @Test
    void cancellingStopsTheRunWithoutAResult() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        DrillViewModel vm = new DrillViewModel(new FixedDesignSource(null), services, queued::add, Runnable::run);
        vm.open(ACTIVE_PASSIVE);
        vm.run();
        vm.cancel();
        queued.get(0).run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Cancelled.");
    }

    @Test
    void withoutADrillFileTheRunUsesTheOpenDesign() throws Exception {
        DrillFile file = read(ACTIVE_PASSIVE);
        FixedDesignSource designs = new FixedDesignSource(null);
        DrillViewModel vm = new DrillViewModel(designs, services, Runnable::run, Runnable::run);
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Open a design");

        designs.set(file.design());
        assertThat(vm.designLabelProperty().get()).isEqualTo("Runs against the open design");
        vm.load(file.drill());
        vm.durationProperty().set("300");
        assertThat(vm.run()).isFalse();  // the repair at 900 s and the assertion windows lie after the end
        assertThat(vm.messageProperty().get()).contains("after the end");

        vm.durationProperty().set("1500");
        assertThat(vm.run()).isTrue();
        assertThat(vm.resultProperty().get().figures())
                .isEqualTo(services.drillSimulator().run(file.design(), file.drill(), DrillViewModel.DEFAULT_SEED)
                        .figures());
        designs.set(file.design().withHealthChecks(List.of()));
        assertThat(vm.messageProperty().get()).contains("design changed");
    }

    @Test
    void scrubbingPicksTheSampleAtOrBeforeTheTimeAndTheHealthInForce() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);
        vm.run();
        DrillResult r = vm.resultProperty().get();
        DrillPlayback playback = vm.playback();
        assertThat(playback.momentProperty().get().time()).isZero();

        for (double t : new double[] {0, 59.5, 123.4, 600, 1499.99, 1500}) {
            playback.timeProperty().set(t);
            DrillMoment m = playback.momentProperty().get();
            int i = r.sampleAt(t);
            assertThat(m.sample()).isEqualTo(i);
            assertThat(m.sampleTime()).isEqualTo(r.times()[i]);
            for (int a = 0; a < r.answers().size(); a++) {
                assertThat(m.answerShares().get(r.answers().get(a).label())).isEqualTo(r.shareByAnswer()[a][i]);
            }
            assertThat(m.unhealthyShare()).isEqualTo(r.unhealthyShare()[i]);
            assertThat(m.status()).isSameAs(r.health().statuses().get(r.health().statusIndexAt(t)));
            assertThat(m.downEndpoints()).isEqualTo(r.health().down().get(r.health().downIndexAt(t)));
        }
        // between detection and recovery the primary's check is unhealthy and the endpoint is down
        double detected = r.figures().detectedAt();
        playback.timeProperty().set(detected + 1);
        DrillMoment failed = playback.momentProperty().get();
        assertThat(failed.checkHealthy()).containsEntry("22222222-bbbb-4000-8000-000000000002", false)
                .containsEntry("22222222-bbbb-4000-8000-000000000003", true);
        assertThat(failed.downEndpoints()).containsExactly("192.0.2.20");
        playback.timeProperty().set(30);
        assertThat(playback.momentProperty().get().checkHealthy()).containsEntry(
                "22222222-bbbb-4000-8000-000000000002", true);
    }

    @Test
    void playStepAndSpeedMoveTheScrubTime() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(ACTIVE_PASSIVE);
        vm.run();
        DrillPlayback p = vm.playback();
        assertThat(p.endProperty().get()).isEqualTo(1500);
        p.advance(1);
        assertThat(p.timeProperty().get()).isZero();  // paused
        p.speedProperty().set(60);
        p.play();
        p.advance(0.5);
        assertThat(p.timeProperty().get()).isEqualTo(30);
        p.stepForward();
        assertThat(p.timeProperty().get()).isEqualTo(31);
        p.timeProperty().set(40.5);
        p.stepBack();
        assertThat(p.timeProperty().get()).isEqualTo(40);
        p.stepBack();
        assertThat(p.timeProperty().get()).isEqualTo(39);
        p.advance(100);
        assertThat(p.timeProperty().get()).isEqualTo(1500);
        assertThat(p.playingProperty().get()).isFalse();
        p.timeProperty().set(5_000);
        assertThat(p.timeProperty().get()).isEqualTo(1500);
    }

    @Test
    void reportsAreExportedAsHtmlAndCsv(@TempDir Path dir) throws Exception {
        DrillViewModel vm = sameThread();
        assertThat(vm.exportCsv(dir.resolve("none.csv"))).isFalse();
        vm.open(ACTIVE_PASSIVE);
        vm.run();
        assertThat(vm.exportHtml(dir.resolve("r.html"))).isTrue();
        assertThat(vm.exportCsv(dir.resolve("r.csv"))).isTrue();
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<svg").contains("primary API endpoint outage");
        List<String> csv = Files.readAllLines(dir.resolve("r.csv"));
        assertThat(csv).hasSize(1 + 1_501);
        assertThat(vm.messageProperty().get()).isEqualTo("Wrote r.csv");

        assertThat(vm.exportCsv(dir.resolve("missing-folder").resolve("r.csv"))).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Cannot write");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void aBrokenDrillFileGivesALocatedMessage(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(ACTIVE_PASSIVE).replace("\"durationSeconds\": 1500",
                "\"durationSeconds\": -5"));
        DrillViewModel vm = sameThread();
        assertThat(vm.open(broken)).isFalse();
        assertThat(vm.messageProperty().get()).contains("broken.json").contains("durationSeconds");
        assertThat(vm.hasFileDesign()).isFalse();
    }

    @Test
    void theLatencyTreeSampleRunsFromThePane() throws Exception {
        DrillViewModel vm = sameThread();
        vm.open(LATENCY_TREE);
        assertThat(vm.run()).isTrue();
        DrillFile file = read(LATENCY_TREE);
        assertThat(vm.resultProperty().get().outcomes())
                .isEqualTo(services.drillSimulator().run(file.design(), file.drill(), DrillViewModel.DEFAULT_SEED)
                        .outcomes());
    }
}
