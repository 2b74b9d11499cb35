package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.catchment.AnswerMap;
import dev.failoverstudio.domain.catchment.AnswersEverywhere;
import dev.failoverstudio.domain.catchment.MapAnswer;
import dev.failoverstudio.domain.catchment.PlaceClients;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.geo.WorldMap;
import dev.failoverstudio.domain.health.HealthStatus;
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
 * <p>While a drill's moment is shown ({@link #healthOverrideProperty()}), the colours follow the health checks'
 * statuses at the drill's scrub time instead of the simulated health of the design, as the canvas does.
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

    private record Computed(Colouring colouring, List<LegendEntry> legend, long nanos) {
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
    private final ObjectProperty<HealthStatus> healthOverride = new SimpleObjectProperty<>();
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
        healthOverride.addListener((obs, a, b) -> repaint());
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
     * The health status answers everywhere are coloured by instead of the design's simulated health: a drill's
     * status at its scrub time while the drills are shown; null (the default) for the design's own.
     */
    public ObjectProperty<HealthStatus> healthOverrideProperty() {
        return healthOverride;
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
        HealthStatus health = healthOverride.get() != null ? healthOverride.get() : state.health();
        String when = healthOverride.get() != null ? " at the drill's scrub time" : "";
        painter.submit(() -> {
            long t0 = System.nanoTime();
            AnswerMap answers = service.resolve(state.compiled(), health, question.query(),
                    ResolverViewModel.SEED);
            return colour(answers, System.nanoTime() - t0);
        }, computed -> {
            colouring.set(computed.colouring());
            legend.setAll(computed.legend());
            answersNanos.set(computed.nanos());
            status.set(String.format(Locale.ROOT, "%s %s for %d places%s in %.1f ms", question.query().name().text(),
                    question.query().type(), computed.colouring().colours().size(), when, computed.nanos() / 1e6));
        }, e -> status.set("Answers everywhere failed: " + e.getMessage()));
    }

    private static Computed colour(AnswerMap answers, long nanos) {
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
        return new Computed(new Colouring(colours), legend, nanos);
    }
}
