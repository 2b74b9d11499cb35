package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.catchment.AnswerMap;
import dev.failoverstudio.domain.catchment.AnswersEverywhere;
import dev.failoverstudio.domain.catchment.MapAnswer;
import dev.failoverstudio.domain.catchment.PlaceClients;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.geo.WorldMap;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The resolver pane's world map: a click picks the client's country (and US state) and puts the client at the
 * clicked point; the "answers everywhere" mode colours every country and US state by the answer its
 * representative client gets ({@link AnswersEverywhere}), with a legend.
 *
 * <p>While a drill's moment is shown ({@link #momentOverrideProperty()}), the colours follow the design and the
 * health checks' statuses at the drill's scrub time (the drill's record and weight changes up to then applied)
 * instead of the open design and its simulated health, as the canvas does.
 *
 * <p>The map is read on first use and every answers-everywhere map is computed through the {@link TaskRunner}
 * off the FX thread; only the newest result is shown. FX thread only.
 */
public final class WorldMapViewModel {

    /** Legend colours available; answers beyond the first {@code PALETTE_SIZE - 1} share the last colour. */
    public static final int PALETTE_SIZE = 10;

    /** One legend line: colour index, what the places get, and how many places get it. */
    public record LegendEntry(int colour, String label, int places) {
    }

    /** Which legend colour every place has; empty outside answers-everywhere mode. */
    public record Colouring(Map<MapPlace, Integer> colours) {
        public static final Colouring NONE = new Colouring(Map.of());

        public Colouring {
            colours = Map.copyOf(colours);
        }

        public int colourOf(MapPlace place) {
            return colours.getOrDefault(place, -1);
        }
    }

    /**
     * What answers everywhere are coloured by instead of the open design and its simulated health: a drill's
     * design and health-check statuses at its scrub time.
     */
    public record MomentOverride(Design design, HealthStatus health) {
        public MomentOverride {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(health, "health");
        }
    }

    private record Computed(Colouring colouring, List<LegendEntry> legend, long nanos, Design design,
                            CompiledDesign compiled) {
    }

    private final LiveDesign live;
    private final ResolverViewModel resolver;
    private final TaskRunner.Latest<WorldMap> loader;
    private final TaskRunner.Latest<Computed> painter;
    private final Supplier<WorldMap> source;
    private final ObjectProperty<WorldMap> map = new SimpleObjectProperty<>();
    private final BooleanProperty answersEverywhere = new SimpleBooleanProperty(false);
    private final ObjectProperty<Colouring> colouring = new SimpleObjectProperty<>(Colouring.NONE);
    private final ObservableList<LegendEntry> legend = FXCollections.observableArrayList();
    private final ObjectProperty<MapPlace> picked = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final SimpleLongProperty answersNanos = new SimpleLongProperty();
    private final ObjectProperty<MomentOverride> momentOverride = new SimpleObjectProperty<>();
    /** The override design compiled last, kept while scrubbing within one design version. FX thread only. */
    private Design compiledFor;
    private CompiledDesign compiledOverride;
    private AnswersEverywhere everywhere;
    private boolean loading;

    /** With the bundled Natural Earth map, read on first use. */
    public WorldMapViewModel(LiveDesign live, ResolverViewModel resolver, TaskRunner tasks) {
        this(live, resolver, tasks, dev.failoverstudio.io.assets.WorldMapLoader.lazy());
    }

    /** @param source the world map, read when first asked (e.g. {@code WorldMapLoader.lazy()}) */
    public WorldMapViewModel(LiveDesign live, ResolverViewModel resolver, TaskRunner tasks,
                             Supplier<WorldMap> source) {
        this.live = Objects.requireNonNull(live, "live");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.source = Objects.requireNonNull(source, "source");
        this.loader = tasks.latest();
        this.painter = tasks.latest();
        answersEverywhere.addListener((obs, a, b) -> repaint());
        momentOverride.addListener((obs, a, b) -> repaint());
        live.stateProperty().addListener((obs, a, b) -> repaint());
        resolver.nameProperty().addListener((obs, a, b) -> repaint());
        resolver.typeProperty().addListener((obs, a, b) -> repaint());
        resolver.countryProperty().addListener((obs, a, b) -> followPick());
        resolver.subdivisionProperty().addListener((obs, a, b) -> followPick());
        followPick();
    }

    /** The map, null until {@link #load()} has read it. */
    public ReadOnlyObjectProperty<WorldMap> mapProperty() {
        return map;
    }

    public BooleanProperty answersEverywhereProperty() {
        return answersEverywhere;
    }

    public ReadOnlyObjectProperty<Colouring> colouringProperty() {
        return colouring;
    }

    public ObservableList<LegendEntry> legend() {
        return legend;
    }

    /**
     * The design and health status answers everywhere are coloured by instead of the open design and its
     * simulated health: a drill's at its scrub time while the drills are shown; null (the default) for the open
     * design's own.
     */
    public ObjectProperty<MomentOverride> momentOverrideProperty() {
        return momentOverride;
    }

    /** The place of the resolver pane's client (its country or US state), or null. */
    public ReadOnlyObjectProperty<MapPlace> pickedProperty() {
        return picked;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Nanoseconds the last answers-everywhere map took in the background. */
    public ReadOnlyLongProperty answersNanosProperty() {
        return answersNanos;
    }

    /** Reads the map off the FX thread when it is first shown. */
    public void load() {
        if (map.get() != null || loading) {
            return;
        }
        loading = true;
        status.set("Reading the world map…");
        loader.submit(source::get, loaded -> {
            loading = false;
            everywhere = new AnswersEverywhere(new PlaceClients(loaded, live.services().geo()));
            map.set(loaded);
            status.set("Click a country or US state to ask from there.");
            repaint();
        }, e -> {
            loading = false;
            status.set("The world map cannot be read: " + e.getMessage());
        });
    }

    /**
     * A click at a map point: the client becomes someone in that country (and US state) at that point. A point
     * in no place (the sea far from any coast) changes nothing. Returns the place picked.
     */
    public MapPlace pick(double latitude, double longitude) {
        WorldMap m = map.get();
        if (m == null) {
            return null;
        }
        MapPlace place = m.at(latitude, longitude).orElse(null);
        if (place == null) {
            status.set(String.format(Locale.ROOT, "%.2f, %.2f lies in no country.", latitude, longitude));
            return null;
        }
        resolver.pickCountry(place.country(), place.subdivision());
        resolver.latitudeProperty().set(String.format(Locale.ROOT, "%.4f", latitude));
        resolver.longitudeProperty().set(String.format(Locale.ROOT, "%.4f", longitude));
        status.set("Client in " + place.code() + ".");
        return place;
    }

    private void followPick() {
        String country = resolver.countryProperty().get() == null ? null : resolver.countryProperty().get().code();
        String state = resolver.subdivisionProperty().get() == null ? null
                : resolver.subdivisionProperty().get().code();
        if (state != null) {
            picked.set(MapPlace.usState(state));
        } else {
            picked.set(country == null ? null : MapPlace.country(country));
        }
    }

    private void repaint() {
        if (!answersEverywhere.get() || everywhere == null) {
            painter.cancel();
            colouring.set(Colouring.NONE);
            legend.clear();
            return;
        }
        ResolverViewModel.Question question = resolver.question().orElse(null);
        if (question == null) {
            painter.cancel();
            colouring.set(Colouring.NONE);
            legend.clear();
            return;
        }
        LiveDesign.State state = live.state();
        AnswersEverywhere service = everywhere;
        MomentOverride moment = momentOverride.get();
        HealthStatus health = moment != null ? moment.health() : state.health();
        String when = moment != null ? " at the drill's scrub time" : "";
        Design design = moment != null ? moment.design() : state.design();
        CompiledDesign known = design == state.design() ? state.compiled()
                : design == compiledFor ? compiledOverride : null;
        var engine = live.services().engine();
        painter.submit(() -> {
            long t0 = System.nanoTime();
            CompiledDesign compiled = known != null ? known : engine.compile(design);
            AnswerMap answers = service.resolve(compiled, health, question.query(), ResolverViewModel.SEED);
            return colour(answers, System.nanoTime() - t0, design, compiled);
        }, computed -> {
            if (computed.design() != state.design()) {
                compiledFor = computed.design();
                compiledOverride = computed.compiled();
            }
            colouring.set(computed.colouring());
            legend.setAll(computed.legend());
            answersNanos.set(computed.nanos());
            status.set(String.format(Locale.ROOT, "%s %s for %d places%s in %.1f ms", question.query().name().text(),
                    question.query().type(), computed.colouring().colours().size(), when, computed.nanos() / 1e6));
        }, e -> status.set("Answers everywhere failed: " + e.getMessage()));
    }

    private static Computed colour(AnswerMap answers, long nanos, Design design, CompiledDesign compiled) {
        Map<MapAnswer, Integer> index = new HashMap<>();
        List<LegendEntry> legend = new ArrayList<>();
        int others = 0;
        for (MapAnswer answer : answers.legend()) {
            int i = index.size();
            if (i < PALETTE_SIZE - 1 || answers.legend().size() == PALETTE_SIZE) {
                index.put(answer, i);
                legend.add(new LegendEntry(i, answer.label(), answers.placeCount(answer)));
            } else {
                index.put(answer, PALETTE_SIZE - 1);
                others += answers.placeCount(answer);
            }
        }
        if (others > 0) {
            legend.add(new LegendEntry(PALETTE_SIZE - 1, "other answers", others));
        }
        Map<MapPlace, Integer> colours = new HashMap<>();
        answers.places().forEach((place, a) -> colours.put(place, index.get(a.answer())));
        return new Computed(new Colouring(colours), legend, nanos, design, compiled);
    }
}
