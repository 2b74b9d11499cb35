package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.dns.DigText;
import dev.failoverstudio.domain.geo.CountryInfo;
import dev.failoverstudio.domain.geo.GeoTables;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.net.IpPrefix;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;
import dev.failoverstudio.domain.resolve.TraceStep;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The live resolver pane: a query (name and type) asked by a client (continent, country, US state, AWS
 * Region, coordinates, resolver address, EDNS0 client subnet), answered the moment anything changes.
 *
 * <p>One traced resolution runs on the FX thread on every change of the query, the client or the design
 * (a few µs); it gives the rcode, the dig-like response, the numbered trace and the lit path. Traffic shares
 * come from {@link #SAMPLES} seeded quiet resolutions run through the {@link TaskRunner} off the FX thread;
 * only the newest run's result is shown. Effective health for the canvas is derived for this pane's client,
 * also in the background (one traced resolution per group), whenever the design, its health or the client
 * changes.
 * FX thread only.
 */
public final class ResolverViewModel {

    public static final int SAMPLES = 10_000;
    /** The seed of the shown resolution and of the samples (R33: answers repeat run after run). */
    public static final long SEED = 20_261_206L;

    private static final Map<String, String> CONTINENT_NAMES = Map.of("AF", "Africa", "AN", "Antarctica",
            "AS", "Asia", "EU", "Europe", "NA", "North America", "OC", "Oceania", "SA", "South America");

    private final LiveDesign live;
    private final TaskRunner.Latest<TimedSamples> sampler;
    private final TaskRunner.Latest<EffectiveHealth> healthDeriver;
    /** Reads the address-to-country table when an address is asked about before it was read. */
    private final TaskRunner.Latest<Boolean> addressTableReader;
    private boolean readingAddressTable;

    /** Samples with the nanoseconds they took, measured on the background thread. */
    private record TimedSamples(SampledOutcomes outcomes, long nanos) {
    }
    private final DigText dig = new DigText();

    // inputs
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("A");
    private final ObjectProperty<Choice> continent = new SimpleObjectProperty<>(Choice.NONE);
    private final ObjectProperty<Choice> country = new SimpleObjectProperty<>(Choice.NONE);
    private final ObjectProperty<Choice> subdivision = new SimpleObjectProperty<>(Choice.NONE);
    private final ObjectProperty<Choice> region = new SimpleObjectProperty<>(Choice.NONE);
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final StringProperty resolverIp = new SimpleStringProperty("");
    private final StringProperty ecsSubnet = new SimpleStringProperty("");

    // outputs
    private final ReadOnlyStringWrapper rcode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answerSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sampleSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> trace = FXCollections.observableArrayList();
    private final ObservableList<RecordSetKey> litPath = FXCollections.observableArrayList();
    private final ObservableList<TrafficShare> shares = FXCollections.observableArrayList();
    // Read-only views made once: a wrapper made per call would be collected with its listeners.
    private final ObservableList<String> traceView = FXCollections.unmodifiableObservableList(trace);
    private final ObservableList<RecordSetKey> litPathView = FXCollections.unmodifiableObservableList(litPath);
    private final ObservableList<TrafficShare> sharesView = FXCollections.unmodifiableObservableList(shares);
    private final BooleanProperty sampling = new SimpleBooleanProperty(false);
    private final BooleanProperty random = new SimpleBooleanProperty(false);
    private final ObjectProperty<EffectiveHealth> effectiveHealth = new SimpleObjectProperty<>(EffectiveHealth.NONE);
    private final LongProperty resolveNanos = new SimpleLongProperty();
    private final LongProperty samplingNanos = new SimpleLongProperty();

    // choices
    private final ObservableList<Choice> continents = FXCollections.observableArrayList();
    private final ObservableList<Choice> countries = FXCollections.observableArrayList();
    private final ObservableList<Choice> subdivisions = FXCollections.observableArrayList();
    private final ObservableList<Choice> regions = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList();

    private ClientContext lastHealthClient;
    private LiveDesign.State lastHealthState;

    public ResolverViewModel(LiveDesign live, TaskRunner tasks) {
        this.live = live;
        this.sampler = tasks.latest();
        this.healthDeriver = tasks.latest();
        this.addressTableReader = tasks.latest();
        fillChoices(live.services().geo());
        List.of(name, type, latitude, longitude, resolverIp, ecsSubnet)
                .forEach(p -> p.addListener((obs, a, b) -> resolve()));
        List.of(continent, country, subdivision, region).forEach(p -> p.addListener((obs, a, b) -> resolve()));
        live.stateProperty().addListener((obs, a, b) -> {
            if (a == null || !zoneIds(a).equals(zoneIds(b))) {
                name.set(firstQueryName()); // another design was opened: ask about one of its names
            }
            resolve();
        });
        name.set(firstQueryName());
        resolve();
    }

    // ---------------------------------------------------------------- properties

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public ObjectProperty<Choice> continentProperty() {
        return continent;
    }

    public ObjectProperty<Choice> countryProperty() {
        return country;
    }

    /** A US state (M5); picking one implies country US. */
    public ObjectProperty<Choice> subdivisionProperty() {
        return subdivision;
    }

    public ObjectProperty<Choice> regionProperty() {
        return region;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty resolverIpProperty() {
        return resolverIp;
    }

    public StringProperty ecsSubnetProperty() {
        return ecsSubnet;
    }

    public ReadOnlyStringProperty rcodeProperty() {
        return rcode.getReadOnlyProperty();
    }

    /** The response as dig prints it (header, question, answer with TTLs, authority). */
    public ReadOnlyStringProperty responseProperty() {
        return response.getReadOnlyProperty();
    }

    /** The answer values in one line, e.g. {@code 198.51.100.21} or {@code NXDOMAIN}. */
    public ReadOnlyStringProperty answerSummaryProperty() {
        return answerSummary.getReadOnlyProperty();
    }

    /** What is wrong with the inputs (an unreadable name, coordinates or address), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the resolver address and client subnet are, with the DB-IP credit; empty without addresses. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleSummaryProperty() {
        return sampleSummary.getReadOnlyProperty();
    }

    /** The trace as numbered steps, each with its rule. */
    public ObservableList<String> trace() {
        return traceView;
    }

    /** The record sets the answer came through (Resolution.path()), for the canvas to light. */
    public ObservableList<RecordSetKey> litPath() {
        return litPathView;
    }

    public ObservableList<TrafficShare> shares() {
        return sharesView;
    }

    public ReadOnlyBooleanProperty samplingProperty() {
        return BooleanProperty.readOnlyBooleanProperty(sampling);
    }

    /** True when the samples came back with more than one distinct answer (a random policy is involved). */
    public ReadOnlyBooleanProperty randomProperty() {
        return BooleanProperty.readOnlyBooleanProperty(random);
    }

    /** Effective health of checks, record sets and groups for this pane's client, for the canvas. */
    public ReadOnlyObjectProperty<EffectiveHealth> effectiveHealthProperty() {
        return effectiveHealth;
    }

    /** Nanoseconds the last traced re-resolve took on the FX thread (shown, and reported as measured). */
    public ReadOnlyLongProperty resolveNanosProperty() {
        return resolveNanos;
    }

    /** Nanoseconds the last {@link #SAMPLES}-sample run took in the background. */
    public ReadOnlyLongProperty samplingNanosProperty() {
        return samplingNanos;
    }

    public ObservableList<Choice> continents() {
        return continents;
    }

    public ObservableList<Choice> countries() {
        return countries;
    }

    public ObservableList<Choice> subdivisions() {
        return subdivisions;
    }

    public ObservableList<Choice> regions() {
        return regions;
    }

    public ObservableList<String> types() {
        return types;
    }

    /** Names of the design starting with {@code prefix} (case-insensitive), for completion. */
    public List<String> completions(String prefix) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        TreeSet<String> names = new TreeSet<>();
        for (HostedZone zone : live.state().design().zones()) {
            for (RecordSet rs : zone.recordSets()) {
                String text = rs.name().text();
                if (text.toLowerCase(Locale.ROOT).startsWith(p)) {
                    names.add(text);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The query and client now shown, or empty when the inputs cannot be read. */
    public Optional<Question> question() {
        try {
            return Optional.of(new Question(query(), client()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The query and client a watch entry pins. */
    public record Question(Query query, ClientContext client) {
    }

    /** Puts the client at a map point: country (and US state), keeping the other client fields. */
    public void pickCountry(String countryCode, String subdivisionCode) {
        country.set(countries.stream().filter(c -> countryCode != null && countryCode.equals(c.code()))
                .findFirst().orElse(Choice.NONE));
        subdivision.set(subdivisions.stream().filter(c -> subdivisionCode != null && subdivisionCode.equals(c.code()))
                .findFirst().orElse(Choice.NONE));
    }

    // ---------------------------------------------------------------- resolving

    private void resolve() {
        LiveDesign.State state = live.state();
        Query query;
        ClientContext client;
        try {
            client = client();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            clearResult();
            return;
        }
        // Effective health depends on the client only (R40), so the canvas stays coloured while a name is typed.
        // One traced resolution per group: a large design takes longer than a frame, so it runs in the background.
        if (state != lastHealthState || !client.equals(lastHealthClient)) {
            lastHealthState = state;
            lastHealthClient = client;
            ClientContext asked = client;
            healthDeriver.submit(() -> EffectiveHealth.derive(state.compiled(), state.health(), asked),
                    effectiveHealth::set, e -> problem.set("Effective health failed: " + e.getMessage()));
        }
        try {
            query = query();
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            clearResult();
            return;
        }
        if (waitingForTheAddressTable(client)) {
            return;
        }
        long start = System.nanoTime();
        Resolution resolution = state.compiled().resolve(state.health(), query, client, new SplittableRandom(SEED));
        resolveNanos.set(System.nanoTime() - start);
        rcode.set(resolution.rcode().name());
        response.set(dig.render(resolution));
        answerSummary.set(resolution.answers().isEmpty()
                ? (resolution.rcode().name().equals("NOERROR") ? "NODATA" : resolution.rcode().name())
                : String.join(" ", resolution.answers()));
        List<String> steps = new ArrayList<>();
        int n = 1;
        for (TraceStep step : resolution.trace()) {
            steps.add(n++ + ". " + "  ".repeat(step.depth()) + step.step()
                    + (step.recordSet() == null ? "" : " " + step.recordSet()) + ": " + step.decision()
                    + " (" + step.rule() + ")");
        }
        trace.setAll(steps);
        litPath.setAll(resolution.path());
        location.set(describeLocation(client));
        sampling.set(true);
        sampler.submit(() -> {
            long t0 = System.nanoTime();
            SampledOutcomes outcomes = SampledOutcomes.sample(state.compiled(), state.health(), query, client,
                    SAMPLES, SEED);
            return new TimedSamples(outcomes, System.nanoTime() - t0);
        }, this::showSamples, e -> {
            sampling.set(false);
            sampleSummary.set("Sampling failed: " + e.getMessage());
        });
    }

    private void showSamples(TimedSamples timed) {
        SampledOutcomes outcomes = timed.outcomes();
        samplingNanos.set(timed.nanos());
        List<TrafficShare> list = outcomes.shares();
        shares.setAll(list);
        random.set(list.size() > 1);
        sampling.set(false);
        sampleSummary.set(String.format(Locale.ROOT, "%,d seeded samples: %d distinct answer%s", outcomes.total(),
                list.size(), list.size() == 1 ? "" : "s"));
    }

    private void clearResult() {
        sampler.cancel();
        rcode.set("");
        response.set("");
        answerSummary.set("");
        trace.clear();
        litPath.clear();
        shares.clear();
        random.set(false);
        sampling.set(false);
        sampleSummary.set("");
    }

    private Query query() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Type a name to ask about.");
        }
        String t = type.get() == null || type.get().isBlank() ? "A" : type.get();
        try {
            return Query.of(n, t);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + n + "\" is not a domain name: " + e.getMessage());
        }
    }

    private ClientContext client() {
        Double lat = number(latitude.get(), "Latitude", 90);
        Double lon = number(longitude.get(), "Longitude", 180);
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("Give both latitude and longitude, or neither.");
        }
        String ip = blankToNull(resolverIp.get());
        if (ip != null && IpPrefix.parseAddress(ip).isEmpty()) {
            throw new IllegalArgumentException("Resolver address \"" + ip + "\" is not an IPv4 or IPv6 address.");
        }
        String ecs = blankToNull(ecsSubnet.get());
        if (ecs != null && ecsPrefix(ecs).isEmpty()) {
            throw new IllegalArgumentException("Client subnet \"" + ecs + "\" is not an address/length.");
        }
        String state = subdivision.get() == null ? null : subdivision.get().code();
        String countryCode = country.get() == null ? null : country.get().code();
        if (state != null && countryCode == null) {
            countryCode = "US";
        }
        return new ClientContext(continent.get() == null ? null : continent.get().code(), countryCode, state,
                region.get() == null ? null : region.get().code(), lat, lon, ip, ecs);
    }

    /**
     * Whether the client gives an address while the address-to-country table is still being read (the window reads
     * it in the background after its first frame): then the pane says so, and answers once the table is in, instead
     * of holding up the FX thread.
     */
    private boolean waitingForTheAddressTable(ClientContext client) {
        GeoTables geo = live.services().geo();
        if (client.ip() == null && client.ecsSubnet() == null || geo.ipCountriesLoaded()) {
            return false;
        }
        clearResult();
        location.set("Reading the address table (IP Geolocation by DB-IP)…");
        if (!readingAddressTable) {
            readingAddressTable = true;
            addressTableReader.submit(() -> geo.ipCountries() != null, read -> {
                readingAddressTable = false;
                resolve();
            }, e -> {
                readingAddressTable = false;
                problem.set("The address table cannot be read: " + e.getMessage());
            });
        }
        return true;
    }

    private String describeLocation(ClientContext client) {
        List<String> parts = new ArrayList<>();
        if (client.ecsSubnet() != null) {
            ecsPrefix(client.ecsSubnet()).ifPresent(p -> parts.add(locate("Client subnet", p)));
        }
        if (client.ip() != null) {
            IpPrefix.parseAddress(client.ip()).ifPresent(p -> parts.add(locate("Resolver", p)));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String use = client.hasGeography()
                ? "not used for geolocation: the client's continent, country or state is set"
                : "used for geolocation" + (client.ecsSubnet() != null ? " (the client subnet wins, R174)" : "");
        return String.join("; ", parts) + " — " + use + ". IP Geolocation by DB-IP";
    }

    private String locate(String label, IpPrefix prefix) {
        GeoTables geo = live.services().geo();
        return geo.ipCountries().country(prefix)
                .map(cc -> label + " " + prefix + " is in " + geo.country(cc).map(CountryInfo::name).orElse(cc)
                        + " (" + cc + ")")
                .orElse(label + " " + prefix + ": no location");
    }

    private static Optional<IpPrefix> ecsPrefix(String text) {
        String t = text.strip();
        return t.indexOf('/') < 0 ? IpPrefix.parseAddress(t) : IpPrefix.parse(t);
    }

    private static Double number(String text, String what, double limit) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Math.abs(v) > limit) {
                throw new IllegalArgumentException(what + " must be between -" + (int) limit + " and " + (int) limit
                        + ".");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " \"" + t + "\" is not a number.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> zoneIds(LiveDesign.State state) {
        return state.design().zones().stream().map(HostedZone::id).toList();
    }

    private String firstQueryName() {
        for (HostedZone zone : live.state().design().zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (rs.type() != RecordType.NS && rs.type() != RecordType.SOA) {
                    return rs.name().text();
                }
            }
        }
        return live.state().design().zones().isEmpty() ? "" : live.state().design().zones().get(0).origin().text();
    }

    private void fillChoices(GeoTables geo) {
        continents.add(Choice.NONE);
        new TreeSet<>(GeoTables.CONTINENTS).forEach(c ->
                continents.add(new Choice(c, c + " — " + CONTINENT_NAMES.getOrDefault(c, c))));
        countries.add(Choice.NONE);
        geo.countries().values().stream()
                .sorted(Comparator.comparing(CountryInfo::name))
                .forEach(c -> countries.add(new Choice(c.code(), c.name() + " (" + c.code() + ")")));
        subdivisions.add(Choice.NONE);
        geo.usSubdivisions().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> subdivisions.add(new Choice(e.getKey(), e.getValue() + " (" + e.getKey() + ")")));
        regions.add(Choice.NONE);
        geo.regions().keySet().stream().sorted()
                .forEach(code -> regions.add(new Choice(code, code + " — " + geo.region(code).get().place())));
        for (RecordType t : RecordType.values()) {
            types.add(t.name());
        }
    }
}
