package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.scenario.Expectation;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pinned queries and their current answers, re-asked whenever the design or its health changes, and saved as
 * a scenario file whose expectations are the answers now seen — so what a user sees becomes a regression test
 * for {@code failover-studio check}. FX thread only.
 *
 * <p>Each entry's answer is the set of distinct responses over {@link #SAMPLES} seeded quiet resolutions
 * (a fraction of a millisecond), so random policies show every answer they can give and compare stably. The
 * entries are re-asked through the {@link TaskRunner} after every change, off the FX thread.
 */
public final class WatchListViewModel {

    public static final int SAMPLES = 2_000;

    private final LiveDesign live;
    private final TaskRunner.Latest<List<SampledOutcomes>> refresher;
    private final ObservableList<WatchEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param tasks re-asks every pinned query off the FX thread after each change */
    public WatchListViewModel(LiveDesign live, TaskRunner tasks) {
        this.live = live;
        this.refresher = tasks.latest();
        live.stateProperty().addListener((obs, before, after) -> refreshAll());
    }

    public ObservableList<WatchEntry> entries() {
        return entries;
    }

    /** The outcome of the last save, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Pins a query asked by a client; a question already pinned is not added twice. */
    public void pin(Query query, ClientContext client) {
        for (WatchEntry e : entries) {
            if (e.query().equals(query) && e.client().equals(client)) {
                return;
            }
        }
        entries.add(new WatchEntry(query, client));
        refreshAll();
    }

    public void unpin(WatchEntry entry) {
        entries.remove(entry);
    }

    /**
     * The scenario the watch list stands for: the design's zone and one expectation per entry, the answers the
     * current design gives (the ones shown, once a background refresh has caught up).
     */
    public Scenario toScenario(String title) {
        Design design = live.state().design();
        HostedZone zone = zoneOfEntries(design);
        if (zone.privateZone()) {
            throw new IllegalStateException("Scenario files describe a public hosted zone; " + zone.origin().text()
                    + " is private.");
        }
        Design single = new Design(List.of(zone), design.healthChecks(), design.cidrCollections(),
                design.resourceCatalog(), design.healthSnapshot());
        List<ScenarioQuery> queries = new ArrayList<>();
        for (WatchEntry entry : entries) {
            queries.add(new ScenarioQuery(entry.query(), entry.client(), expectation(entry),
                    "pinned in the resolver pane: " + entry.clientText()));
        }
        return new Scenario(title, "Watch list saved from Failover Studio; the expectations are the answers the "
                + "design gave when it was saved.", single, queries);
    }

    /** Writes {@link #toScenario} to {@code file} (atomically); the outcome is in {@link #messageProperty()}. */
    public boolean saveAsScenario(Path file) {
        if (entries.isEmpty()) {
            message.set("Pin a query first: the watch list is empty.");
            return false;
        }
        try {
            String title = file.getFileName().toString().replaceFirst("\\.json$", "");
            Scenario scenario = toScenario(title);
            live.services().formats().designDrills().writeScenario(scenario, drillsFor(scenario), file);
            message.set("Saved " + entries.size() + (entries.size() == 1 ? " query" : " queries") + " to " + file);
            return true;
        } catch (IllegalStateException e) {
            message.set(e.getMessage());
        } catch (IOException e) {
            message.set("Cannot write " + file + ": " + e.getMessage());
        }
        return false;
    }

    /** The design's saved drills that ask about the scenario's zone, saved with it (README "Drill files"). */
    private List<Drill> drillsFor(Scenario scenario) {
        Design design = scenario.design();
        return live.document().drills().stream()
                .filter(d -> design.zoneFor(d.query().name()).isPresent()).toList();
    }

    private HostedZone zoneOfEntries(Design design) {
        HostedZone chosen = null;
        for (WatchEntry entry : entries) {
            Optional<HostedZone> zone = design.zoneFor(entry.query().name());
            if (zone.isPresent()) {
                if (chosen != null && !chosen.id().equals(zone.get().id())) {
                    throw new IllegalStateException("A scenario file holds one hosted zone, but the watch list asks "
                            + "about " + chosen.origin().text() + " and " + zone.get().origin().text() + ".");
                }
                chosen = zone.get();
            }
        }
        if (chosen == null) {
            if (design.zones().size() != 1) {
                throw new IllegalStateException("No pinned query lies in a hosted zone of the design.");
            }
            chosen = design.zones().get(0);
        }
        return chosen;
    }

    /** The answers seen now: one exact set, or every set seen as {@code oneOf}; rcode, TTL and answer type. */
    private Expectation expectation(WatchEntry entry) {
        // Asked again against the state being saved, so expectations and design always belong together even
        // while a background refresh is still running.
        LiveDesign.State state = live.state();
        SampledOutcomes outcomes = SampledOutcomes.sample(state.compiled(), state.health(), entry.query(),
                entry.client(), SAMPLES, ResolverViewModel.SEED);
        List<Map.Entry<SampledOutcomes.Outcome, Integer>> seen = outcomes.ranked();
        SampledOutcomes.Outcome first = seen.get(0).getKey();
        String rcode = seen.stream().allMatch(e -> e.getKey().rcode().equals(first.rcode()))
                && Set.of("NOERROR", "NXDOMAIN", "REFUSED").contains(first.rcode()) ? first.rcode() : null;
        String answerType = first.answerType() != null
                && !first.answerType().equalsIgnoreCase(entry.query().type()) ? first.answerType() : null;
        if (seen.size() == 1) {
            return new Expectation(rcode, Set.copyOf(first.answers()), null, null, null, null, null, first.ttl(),
                    answerType);
        }
        List<Set<String>> oneOf = new ArrayList<>();
        for (Map.Entry<SampledOutcomes.Outcome, Integer> e : seen) {
            oneOf.add(Set.copyOf(e.getKey().answers()));
        }
        return new Expectation(rcode, null, oneOf, null, null, null, null, null, answerType);
    }

    /** Re-asks every entry for the current state; only the newest run is shown (entries compare answer sets). */
    private void refreshAll() {
        LiveDesign.State state = live.state();
        List<WatchEntry> asked = List.copyOf(entries);
        refresher.submit(() -> {
            List<SampledOutcomes> results = new ArrayList<>(asked.size());
            for (WatchEntry entry : asked) {
                results.add(SampledOutcomes.sample(state.compiled(), state.health(), entry.query(), entry.client(),
                        SAMPLES, ResolverViewModel.SEED));
            }
            return results;
        }, results -> {
            for (int i = 0; i < asked.size(); i++) {
                asked.get(i).update(results.get(i), describe(results.get(i)));
            }
        }, e -> message.set("Watch list not updated: " + e.getMessage()));
    }

    private static String describe(SampledOutcomes outcomes) {
        List<String> parts = new ArrayList<>();
        List<TrafficShare> shares = outcomes.shares();
        for (TrafficShare share : shares) {
            parts.add(shares.size() == 1 ? share.label()
                    : String.format(Locale.ROOT, "%s (%.0f %%)", share.label(), 100 * share.fraction()));
        }
        return String.join(" | ", parts);
    }
}
