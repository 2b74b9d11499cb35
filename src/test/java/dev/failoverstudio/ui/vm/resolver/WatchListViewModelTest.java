package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.cli.FailoverStudioCommand;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import dev.failoverstudio.ui.vm.health.LiveFixture;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Pinned queries: change detection and "Save as scenario" (scenario-format.md). */
class WatchListViewModelTest {

    private static final String USE1_A = "11111111-aaaa-4000-8000-000000000001";
    private static final String APSE2_B = "11111111-aaaa-4000-8000-000000000004";

    private final LiveFixture tree = LiveFixture.sample("latency-weighted-tree.json");
    private final WatchListViewModel watch = new WatchListViewModel(tree.live, TaskRunner.sameThread());
    private final HealthPanelViewModel health = new HealthPanelViewModel(tree.live,
            new SimpleObjectProperty<>(EffectiveHealth.NONE));

    private WatchEntry pinFromUsEast1() {
        watch.pin(Query.of("example.com.", "A"), ClientContext.region("us-east-1"));
        return watch.entries().get(0);
    }

    @Test
    void anEntryIsChangedWhenAHealthToggleChangesItsAnswer() {
        WatchEntry entry = pinFromUsEast1();
        assertThat(entry.answerProperty().get()).isEqualTo("198.51.100.21 (75 %) | 198.51.100.22 (25 %)");
        assertThat(entry.changedProperty().get()).isFalse();

        health.toggle(USE1_A); // us-east-1 has a healthy instance again: the alias is no longer backed out of
        assertThat(entry.answerProperty().get()).isEqualTo("192.0.2.11");
        assertThat(entry.changedProperty().get()).isTrue();
        assertThat(entry.previousProperty().get()).startsWith("198.51.100.21");

        health.toggle(APSE2_B); // Sydney is not asked any more: the answer stays
        assertThat(entry.answerProperty().get()).isEqualTo("192.0.2.11");
        assertThat(entry.changedProperty().get()).isFalse();
        assertThat(entry.previousProperty().get()).isEmpty();
    }

    @Test
    void pinningTheSameQuestionTwiceKeepsOneEntry() {
        pinFromUsEast1();
        pinFromUsEast1();
        assertThat(watch.entries()).hasSize(1);
    }

    @Test
    void saveAsScenarioWritesTheAnswersSeenAsExpectationsThatCheckPasses(@TempDir Path dir) throws Exception {
        pinFromUsEast1(); // random: written as oneOf
        watch.pin(Query.of("ap-southeast-2-www.example.com.", "A"), ClientContext.country("DE")); // weighted
        watch.pin(Query.of("example.com.", "AAAA"), ClientContext.UNMAPPED); // NODATA with the SOA TTL
        watch.pin(Query.of("nothing.example.com.", "A"), ClientContext.UNMAPPED); // NXDOMAIN
        health.toggle(USE1_A);
        Path file = dir.resolve("watch.json");

        assertThat(watch.saveAsScenario(file)).isTrue();
        assertThat(watch.messageProperty().get()).startsWith("Saved 4 queries");

        Scenario read = LiveFixture.SERVICES.formats().scenarioReader().read(file);
        assertThat(read.design().healthSnapshot()).isEqualTo(tree.history.current().design().healthSnapshot());
        assertThat(read.design().zones().get(0).recordSets())
                .isEqualTo(tree.history.current().design().zones().get(0).recordSets());
        assertThat(read.design().healthChecks()).isEqualTo(tree.history.current().design().healthChecks());
        assertThat(read.queries()).hasSize(4);
        assertThat(read.queries().get(0).expect().answers()).containsExactly("192.0.2.11");
        assertThat(read.queries().get(1).expect().oneOf()).hasSize(2);
        assertThat(read.queries().get(2).expect().answers()).isEmpty();
        assertThat(read.queries().get(2).expect().ttl()).isEqualTo(900L);
        assertThat(read.queries().get(3).expect().rcode()).isEqualTo("NXDOMAIN");

        StringWriter out = new StringWriter();
        int status = FailoverStudioCommand.commandLine(LiveFixture.SERVICES, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true)).execute("check", file.toString(), "--samples", "2000");
        assertThat(out.toString()).contains("4 passed, 0 failed");
        assertThat(status).isZero();
        assertThat(Files.list(dir)).containsExactly(file); // no temporary file left behind
    }

    @Test
    void aScenarioTheDesignChangedSinceFailsCheck(@TempDir Path dir) throws Exception {
        pinFromUsEast1();
        Path file = dir.resolve("before.json");
        assertThat(watch.saveAsScenario(file)).isTrue();
        // the saved expectations are real: the same file with us-east-1 restored must fail
        String text = Files.readString(file);
        String edited = text.replaceFirst("\"" + USE1_A + "\"\\s*:\\s*false", "\"" + USE1_A + "\" : true");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(file, edited);
        StringWriter out = new StringWriter();
        int status = FailoverStudioCommand.commandLine(LiveFixture.SERVICES, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true)).execute("check", file.toString());
        assertThat(status).isNotZero();
        assertThat(out.toString()).contains("0 passed, 1 failed");
    }

    @Test
    void anEmptyWatchListIsNotSaved(@TempDir Path dir) {
        assertThat(watch.saveAsScenario(dir.resolve("x.json"))).isFalse();
        assertThat(watch.messageProperty().get()).contains("Pin a query first");
    }

    @Test
    void entriesAreReAskedInTheBackgroundAndSavedFromTheCurrentDesign(@TempDir Path dir) throws Exception {
        java.util.Deque<Runnable> background = new java.util.ArrayDeque<>();
        WatchListViewModel later = new WatchListViewModel(tree.live, new TaskRunner(background::add, Runnable::run));
        later.pin(Query.of("example.com.", "A"), ClientContext.region("us-east-1"));
        WatchEntry entry = later.entries().get(0);
        assertThat(entry.answerProperty().get()).isEmpty(); // not asked yet: the FX thread never waits
        background.poll().run();
        assertThat(entry.answerProperty().get()).startsWith("198.51.100.21");

        health.toggle(USE1_A); // the refresh is queued, not run; a save still writes what the design gives now
        assertThat(entry.answerProperty().get()).startsWith("198.51.100.21");
        Scenario saved = later.toScenario("now");
        assertThat(saved.queries().get(0).expect().answers()).containsExactly("192.0.2.11");
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(entry.answerProperty().get()).isEqualTo("192.0.2.11");
        assertThat(entry.changedProperty().get()).isTrue();
    }
}
