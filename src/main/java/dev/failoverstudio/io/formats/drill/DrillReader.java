package dev.failoverstudio.io.formats.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.drill.DrillAssertion;
import dev.failoverstudio.domain.drill.DrillEndpoints;
import dev.failoverstudio.domain.drill.DrillEvent;
import dev.failoverstudio.domain.drill.KeyFigures;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.domain.drill.PopulationLocation;
import dev.failoverstudio.domain.drill.ResolverBehaviour;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.formats.ScenarioParts;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonPath;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a drill file (README "Drill files"): the scenario file's design parts (zone, record sets, health checks,
 * {@code healthState}, CIDR collections, resource catalog) plus a {@code drill} object with the timeline,
 * parameters and assertions.
 *
 * <p>Like the scenario reader, the drill's own objects are strict (an unknown field is an error naming its
 * path), and the reader returns a complete drill or throws an {@link ImportException} with every problem it
 * found, each located by file, JSON path and rule (D1 structure, D2 times, D3 references to the design, D4
 * population and resolvers, D5 assertions). {@link #readDrill} reads a {@code drill} object on its own so a
 * design file can embed drills.
 */
public final class DrillReader {

    private static final List<String> TOP_LEVEL_FIELDS;

    static {
        List<String> fields = new ArrayList<>(List.of("title", "description"));
        fields.addAll(ScenarioParts.DESIGN_FIELDS);
        fields.add("drill");
        TOP_LEVEL_FIELDS = List.copyOf(fields);
    }

    private static final List<String> DRILL_FIELDS = List.of("name", "description", "query", "durationSeconds",
            "stepSeconds", "queriesPerSecond", "population", "resolvers", "regions", "endpoints", "events",
            "assertions");
    private static final List<String> EVENT_FIELDS = List.of("at", "healthCheck", "endpoint", "region", "state",
            "checkerRegions", "failure", "disabled", "inverted", "setWeight", "upsert", "delete", "comment");
    private static final List<String> ASSERTION_FIELDS = List.of("at", "from", "to", "clients", "answer",
            "answerInRegion", "unhealthy", "figure", "atLeast", "atMost", "comment");

    /** Defaults of the optional drill fields. */
    public static final double DEFAULT_STEP_SECONDS = 1;
    public static final double DEFAULT_QUERIES_PER_SECOND = 1_000;

    private final JsonDocuments documents;

    /** @param mapper the application's mapper from {@link dev.failoverstudio.io.json.ObjectMappers#create()} */
    public DrillReader(ObjectMapper mapper) {
        this.documents = new JsonDocuments(Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * Reads a standalone drill file; problems name it as {@code file.toString()}.
     *
     * @param world the default population, asked for only when the file does not give one
     */
    public DrillFile read(Path file, Supplier<Population> world) throws ImportException {
        return read(file.toString(), documents.readText(file), world);
    }

    public DrillFile read(String file, String json, Supplier<Population> world) throws ImportException {
        Problems problems = new Problems(file);
        JsonValue document = JsonValue.root(documents.parse(file, json), problems);
        if (!document.node().isObject()) {
            document.wrongType("a drill file object {\"zone\": ..., \"drill\": {...}}", "D1");
            problems.throwIfAny();
        }
        JsonFields top = document.asObject(null);
        top.rejectUnknown(TOP_LEVEL_FIELDS, "D1");
        String title = top.field("title").asString("D1");
        String description = top.field("description").asString("D1");
        Design design = ScenarioParts.readDesign(top);
        JsonValue drillValue = top.required("drill", "D1");
        if (design == null || !problems.isEmpty() || !drillValue.isPresent()) {
            problems.throwIfAny();
        }
        Drill drill = readDrill(drillValue, design, world);
        problems.throwIfAny();
        return new DrillFile(title, description, design, drill);
    }

    /**
     * Reads one {@code drill} object; null when it had problems (recorded).
     *
     * @param design the design the drill's references (D3) and check-type rules are checked against; null reads
     *               the drill's own structure only (a design file keeps drills whose references an edit of the
     *               design may have broken; they are checked when run, see {@link DesignDrills#problems})
     */
    public Drill readDrill(JsonValue value, Design design, Supplier<Population> world) {
        JsonFields fields = value.requireObject("D1");
        if (fields == null) {
            return null;
        }
        Problems problems = fields.problems();
        int mark = problems.count();
        fields.rejectUnknown(DRILL_FIELDS, "D1");
        String name = fields.required("name", "D1").asString("D1");
        String description = fields.field("description").asString("D1");
        Query query = query(fields.required("query", "D1"));
        Double duration = positive(fields.required("durationSeconds", "D2"), "D2");
        Double step = fields.has("stepSeconds") ? positive(fields.field("stepSeconds"), "D2") : DEFAULT_STEP_SECONDS;
        Double qps = fields.has("queriesPerSecond") ? positive(fields.field("queriesPerSecond"), "D4")
                : DEFAULT_QUERIES_PER_SECOND;
        if (duration != null && step != null) {
            if (step > duration) {
                fields.field("stepSeconds").report("D2", "the step (" + step + " s) is longer than the drill ("
                        + duration + " s)");
            } else if (duration / step + 1 > Drill.MAX_SAMPLES) {
                fields.field("stepSeconds").report("D2", "the drill would have more than " + Drill.MAX_SAMPLES
                        + " samples; use a longer step");
            }
        }
        Population population = population(fields.field("population"), world);
        ResolverBehaviour resolvers = resolvers(fields.field("resolvers"));
        Map<String, Set<String>> regions = stringSets(fields.field("regions"), "D3");
        Map<String, Set<String>> endpoints = stringSets(fields.field("endpoints"), "D3");
        Map<DrillEvent, JsonValue> eventValues = new IdentityHashMap<>();
        List<DrillEvent> events = events(fields.field("events"), design, duration, eventValues);
        List<DrillAssertion> assertions = assertions(fields.field("assertions"), duration);
        if (problems.hasNewSince(mark)) {
            return null;
        }
        endpoints.forEach((endpoint, ids) -> {
            for (String id : ids) {
                if (design != null && design.healthCheck(id).isEmpty()) {
                    fields.field("endpoints").report("D3", "endpoint " + endpoint + " names health check " + id
                            + ", which the file does not define");
                }
            }
        });
        Drill drill;
        try {
            drill = new Drill(name, description, query, duration, step, population, qps, resolvers, events, regions,
                    endpoints, assertions);
        } catch (IllegalArgumentException e) {
            fields.report("D1", e.getMessage());
            return null;
        }
        if (design != null) {
            checkReferences(drill, design, fields.field("query"), eventValues, fields.field("assertions"));
        }
        return problems.hasNewSince(mark) ? null : drill;
    }

    private static Query query(JsonValue value) {
        JsonFields fields = value.asObject("D1");
        if (fields == null) {
            return null;
        }
        fields.rejectUnknown(List.of("name", "type"), "D1");
        DomainName name = ScenarioParts.name(fields.required("name", "D1"), "D1");
        String type = fields.required("type", "D1").asString("D1");
        return name == null || type == null || type.isBlank() ? null : new Query(name, type.strip());
    }

    private static Double positive(JsonValue value, String rule) {
        Double number = value.asDouble(rule);
        if (number != null && (!(number > 0) || number.isInfinite())) {
            value.report(rule, "must be a number above 0, found " + value.describeFound());
            return null;
        }
        return number;
    }

    private static Double nonNegative(JsonValue value, String rule) {
        Double number = value.asDouble(rule);
        if (number != null && (!(number >= 0) || number.isInfinite())) {
            value.report(rule, "must be a number of at least 0, found " + value.describeFound());
            return null;
        }
        return number;
    }

    private static Population population(JsonValue value, Supplier<Population> world) {
        if (!value.isPresent()) {
            return world(value, world);
        }
        if (value.node().isTextual()) {
            if (!"world".equals(value.node().textValue())) {
                value.report("D4", "the only named population is \"world\"; give {\"locations\": [...]} otherwise");
                return null;
            }
            return world(value, world);
        }
        JsonFields fields = value.asObject("D4");
        if (fields == null) {
            return null;
        }
        fields.rejectUnknown(List.of("locations", "source"), "D4");
        String source = fields.field("source").asString("D4");
        List<JsonValue> elements = fields.required("locations", "D4").asArray("D4");
        if (elements == null) {
            return null;
        }
        int mark = fields.problems().count();
        List<PopulationLocation> locations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonValue element : elements) {
            JsonFields l = element.requireObject("D4");
            if (l == null) {
                continue;
            }
            l.rejectUnknown(List.of("name", "group", "client", "share"), "D4");
            String name = l.required("name", "D4").asString("D4");
            String group = l.field("group").asString("D4");
            ClientContext client = ScenarioParts.client(l.required("client", "D4"));
            Double share = nonNegative(l.required("share", "D4"), "D4");
            if (name != null && !names.add(name)) {
                l.field("name").report("D4", "location " + name + " is listed twice");
            }
            if (name != null && share != null) {
                locations.add(new PopulationLocation(name, group == null ? name : group, client, share));
            }
        }
        if (fields.problems().hasNewSince(mark)) {
            return null;
        }
        if (locations.stream().mapToDouble(PopulationLocation::share).sum() <= 0) {
            fields.field("locations").report("D4", "at least one location needs a share above 0");
            return null;
        }
        return new Population(locations, source == null ? "given in the drill file" : source);
    }

    private static Population world(JsonValue value, Supplier<Population> world) {
        Population population = world.get();
        if (population == null) {
            value.report("D4", "the world population is not available here; give {\"locations\": [...]}");
        }
        return population;
    }

    private static ResolverBehaviour resolvers(JsonValue value) {
        JsonFields fields = value.asObject("D4");
        if (fields == null) {
            return ResolverBehaviour.DEFAULT;
        }
        fields.rejectUnknown(List.of("count", "classes"), "D4");
        Integer count = fields.field("count").asInt("D4");
        if (count != null && (count < 1 || count > 1_000_000)) {
            fields.field("count").report("D4", "the resolver count must be between 1 and 1000000");
            count = null;
        }
        List<ResolverBehaviour.ResolverClass> classes = ResolverBehaviour.DEFAULT_CLASSES;
        List<JsonValue> elements = fields.field("classes").asArray("D4");
        if (elements != null) {
            classes = new ArrayList<>();
            for (JsonValue element : elements) {
                JsonFields c = element.requireObject("D4");
                if (c == null) {
                    continue;
                }
                c.rejectUnknown(List.of("share", "minimumCacheSeconds"), "D4");
                Double share = positive(c.required("share", "D4"), "D4");
                Long minimum = c.field("minimumCacheSeconds").asLong("D4");
                if (minimum != null && minimum < 0) {
                    c.field("minimumCacheSeconds").report("D4", "must be at least 0");
                    continue;
                }
                if (share != null) {
                    classes.add(new ResolverBehaviour.ResolverClass(share, minimum == null ? 0 : minimum));
                }
            }
            if (classes.isEmpty()) {
                fields.field("classes").report("D4", "at least one resolver class is needed");
                return null;
            }
        }
        return new ResolverBehaviour(count == null ? ResolverBehaviour.DEFAULT_COUNT : count, classes);
    }

    /** {"key": ["a", "b"], ...}. */
    private static Map<String, Set<String>> stringSets(JsonValue value, String rule) {
        JsonFields fields = value.asObject(rule);
        Map<String, Set<String>> result = new LinkedHashMap<>();
        if (fields == null) {
            return result;
        }
        fields.entries().forEach((key, list) -> {
            List<String> strings = list.asStrings(rule);
            if (strings != null) {
                result.put(key, new LinkedHashSet<>(strings));
            }
        });
        return result;
    }

    private List<DrillEvent> events(JsonValue value, Design design, Double duration,
                                    Map<DrillEvent, JsonValue> located) {
        List<JsonValue> elements = value.asArray("D1");
        List<DrillEvent> events = new ArrayList<>();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            DrillEvent event = event(element, design, duration);
            if (event != null) {
                events.add(event);
                located.put(event, element);
            }
        }
        return events;
    }

    private DrillEvent event(JsonValue value, Design design, Double duration) {
        JsonFields f = value.requireObject("D1");
        if (f == null) {
            return null;
        }
        int mark = f.problems().count();
        f.rejectUnknown(EVENT_FIELDS, "D1");
        Double at = nonNegative(f.required("at", "D2"), "D2");
        if (at != null && duration != null && at > duration) {
            f.field("at").report("D2", "the event at " + at + " s lies after the end of the drill (" + duration
                    + " s)");
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("healthCheck", "endpoint", "region", "setWeight", "upsert", "delete")) {
            if (f.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            f.report("D1", kinds.isEmpty()
                    ? "an event needs one of healthCheck, endpoint, region, setWeight, upsert, delete"
                    : "an event does one thing; found " + String.join(" and ", kinds));
            return null;
        }
        Set<String> checkerRegions = checkerRegions(f.field("checkerRegions"));
        if (f.has("failure") && !kinds.get(0).equals("endpoint") && !kinds.get(0).equals("region")) {
            f.field("failure").report("D1", "failure applies to endpoint and region events only");
        }
        DrillEvent event = switch (kinds.get(0)) {
            case "healthCheck" -> healthCheckEvent(f, at, design, checkerRegions);
            case "endpoint" -> {
                Boolean up = upDown(f.required("state", "D1"));
                String endpoint = f.field("endpoint").asString("D1");
                Boolean timesOut = failure(f, up);
                yield at == null || up == null || endpoint == null || timesOut == null ? null
                        : new DrillEvent.EndpointState(at, endpoint.strip(), up, checkerRegions, timesOut);
            }
            case "region" -> {
                rejectCheckerRegions(f);
                Boolean up = upDown(f.required("state", "D1"));
                String region = f.field("region").asString("D1");
                Boolean timesOut = failure(f, up);
                yield at == null || up == null || region == null || timesOut == null ? null
                        : new DrillEvent.RegionState(at, region.strip().toLowerCase(Locale.ROOT), up, timesOut);
            }
            case "setWeight" -> setWeight(f, at);
            case "upsert" -> {
                RecordSet rs = ScenarioParts.recordSet(f.field("upsert"));
                yield at == null || rs == null ? null : new DrillEvent.UpsertRecordSet(at, rs);
            }
            default -> {
                RecordSetKey key = recordSetKey(f.field("delete").asObject("D1"), false);
                yield at == null || key == null ? null : new DrillEvent.DeleteRecordSet(at, key);
            }
        };
        return f.problems().hasNewSince(mark) ? null : event;
    }

    private static DrillEvent healthCheckEvent(JsonFields f, Double at, Design design, Set<String> checkerRegions) {
        String id = f.field("healthCheck").asString("D1");
        if (id != null && design != null && design.healthCheck(id).isEmpty()) {
            f.field("healthCheck").report("D3", "no health check with Id " + id + " in this file");
            return null;
        }
        if (f.has("state")) {
            if (f.has("disabled") || f.has("inverted")) {
                f.report("D1", "an event either sets what the checkers observe (state) or switches "
                        + "disabled/inverted, not both");
                return null;
            }
            String state = f.field("state").asString("D1");
            DrillEvent.Observed observed = state == null ? null : switch (state) {
                case "up" -> DrillEvent.Observed.UP;
                case "down" -> DrillEvent.Observed.DOWN;
                case "insufficientData" -> DrillEvent.Observed.INSUFFICIENT_DATA;
                default -> {
                    f.field("state").report("D1", "expected \"up\", \"down\" or \"insufficientData\", found "
                            + f.field("state").describeFound());
                    yield null;
                }
            };
            HealthCheck check = id == null || design == null ? null : design.healthCheck(id).orElseThrow();
            if (observed == DrillEvent.Observed.INSUFFICIENT_DATA && check != null
                    && check.config() instanceof EndpointCheck) {
                f.field("state").report("D1", "insufficientData applies to CloudWatch metric checks only (HC14)");
                return null;
            }
            if (!checkerRegions.isEmpty() && check != null && !(check.config() instanceof EndpointCheck)) {
                f.field("checkerRegions").report("D1", "only endpoint checks have checker Regions (HC10)");
                return null;
            }
            return at == null || id == null || observed == null ? null
                    : new DrillEvent.HealthCheckObserved(at, id, observed, checkerRegions);
        }
        Boolean disabled = f.field("disabled").asBoolean("D1");
        Boolean inverted = f.field("inverted").asBoolean("D1");
        if (disabled == null && inverted == null) {
            f.report("D1", "a health-check event needs state, disabled or inverted");
            return null;
        }
        rejectCheckerRegions(f);
        return at == null || id == null ? null : new DrillEvent.HealthCheckSwitch(at, id, disabled, inverted);
    }

    /** {@code failure}: "refused" (default) or "timeout" (HC3, HC5); only for a failure. Null after a problem. */
    private static Boolean failure(JsonFields f, Boolean up) {
        String failure = f.field("failure").asString("D1");
        if (failure == null) {
            return f.has("failure") ? null : Boolean.FALSE;
        }
        if (Boolean.TRUE.equals(up)) {
            f.field("failure").report("D1", "failure describes how an endpoint fails; this event brings it up");
            return null;
        }
        if (!failure.equals("refused") && !failure.equals("timeout")) {
            f.field("failure").report("D1", "expected \"refused\" or \"timeout\", found "
                    + f.field("failure").describeFound());
            return null;
        }
        return failure.equals("timeout");
    }

    private static void rejectCheckerRegions(JsonFields f) {
        if (f.has("checkerRegions")) {
            f.field("checkerRegions").report("D1", "checkerRegions applies to endpoint and health-check state "
                    + "events only");
        }
    }

    private static Boolean upDown(JsonValue value) {
        String state = value.asString("D1");
        if (state == null) {
            return null;
        }
        if (state.equals("up") || state.equals("down")) {
            return state.equals("up");
        }
        value.report("D1", "expected \"up\" or \"down\", found " + value.describeFound());
        return null;
    }

    private static Set<String> checkerRegions(JsonValue value) {
        List<String> regions = value.asStrings("D1");
        if (regions == null) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String region : regions) {
            if (!EndpointCheck.DEFAULT_REGIONS.contains(region)) {
                value.report("HC10", "\"" + region + "\" is not a health checker Region; they are "
                        + String.join(", ", EndpointCheck.DEFAULT_REGIONS));
            } else {
                result.add(region);
            }
        }
        if (regions.isEmpty()) {
            value.report("D1", "an empty list would mean no Region; leave checkerRegions out to mean all");
        }
        return result;
    }

    private static DrillEvent setWeight(JsonFields f, Double at) {
        JsonFields w = f.field("setWeight").asObject("D1");
        RecordSetKey key = recordSetKey(w, true);
        Long weight = w == null ? null : w.required("weight", "D1").asLong("D1");
        if (weight != null && (weight < 0 || weight > 255)) {
            w.field("weight").report("V20", "a weight is between 0 and 255");
            return null;
        }
        return at == null || key == null || weight == null ? null : new DrillEvent.SetWeight(at, key, weight);
    }

    private static RecordSetKey recordSetKey(JsonFields f, boolean weight) {
        if (f == null) {
            return null;
        }
        List<String> known = new ArrayList<>(List.of("Name", "Type", "SetIdentifier"));
        if (weight) {
            known.add("weight");
        }
        f.rejectUnknown(known, "D1");
        DomainName name = ScenarioParts.name(f.required("Name", "D1"), "D1");
        String typeText = f.required("Type", "D1").asString("D1");
        RecordType type = typeText == null ? null : RecordType.parse(typeText).orElse(null);
        if (typeText != null && type == null) {
            f.field("Type").report("S1", "unknown record type " + typeText);
        }
        String setId = f.field("SetIdentifier").asString("D1");
        return name == null || type == null ? null : new RecordSetKey(name, type, setId);
    }

    private static List<DrillAssertion> assertions(JsonValue value, Double duration) {
        List<JsonValue> elements = value.asArray("D5");
        List<DrillAssertion> assertions = new ArrayList<>();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            DrillAssertion a = assertion(element, duration);
            if (a != null) {
                assertions.add(a);
            }
        }
        return assertions;
    }

    private static DrillAssertion assertion(JsonValue value, Double duration) {
        JsonFields f = value.requireObject("D5");
        if (f == null) {
            return null;
        }
        int mark = f.problems().count();
        f.rejectUnknown(ASSERTION_FIELDS, "D5");
        String label = value.path().toString();
        Double atLeast = share(f, "atLeast");
        Double atMost = share(f, "atMost");
        if (!f.has("atLeast") && !f.has("atMost")) {
            f.report("D5", "an assertion needs atLeast or atMost");
        }
        if (f.has("figure")) {
            for (String other : List.of("at", "from", "to", "clients", "answer", "answerInRegion", "unhealthy")) {
                if (f.has(other)) {
                    f.field(other).report("D5", "a figure assertion has no " + other);
                }
            }
            String name = f.field("figure").asString("D5");
            KeyFigures.Name figure = name == null ? null : KeyFigures.Name.byJsonName(name).orElse(null);
            if (name != null && figure == null) {
                List<String> names = new ArrayList<>();
                for (KeyFigures.Name n : KeyFigures.Name.values()) {
                    names.add(n.jsonName());
                }
                f.field("figure").report("D5", "unknown figure \"" + name + "\"; known: " + String.join(", ", names));
            }
            Double least = nonNegativeBound(f, "atLeast");
            Double most = nonNegativeBound(f, "atMost");
            return f.problems().hasNewSince(mark) || figure == null ? null
                    : new DrillAssertion.Figure(label, figure, least, most);
        }
        Double from;
        Double to;
        if (f.has("at")) {
            if (f.has("from") || f.has("to")) {
                f.field("at").report("D5", "give either at or from/to");
            }
            from = nonNegative(f.field("at"), "D5");
            to = from;
        } else {
            from = nonNegative(f.required("from", "D5"), "D5");
            to = f.has("to") ? nonNegative(f.field("to"), "D5") : duration;
        }
        if (from != null && to != null && to < from) {
            f.field("to").report("D5", "to (" + to + " s) is before from (" + from + " s)");
        }
        if (to != null && duration != null && to > duration) {
            f.report("D5", "the assertion's window ends at " + to + " s, after the end of the drill (" + duration
                    + " s)");
        }
        DrillAssertion.Target target = target(f);
        DrillAssertion.Clients clients = clients(f.field("clients"));
        if (f.problems().hasNewSince(mark) || from == null || to == null || target == null || clients == null) {
            return null;
        }
        return new DrillAssertion.Share(label, from, to, clients, target, atLeast, atMost);
    }

    private static Double share(JsonFields f, String field) {
        if (f.has("figure")) {
            return null;
        }
        Double share = f.field(field).asDouble("D5");
        if (share != null && !(share >= 0 && share <= 1)) {
            f.field(field).report("D5", "a share is a fraction from 0 to 1 (0.99 = 99 %), found "
                    + f.field(field).describeFound());
            return null;
        }
        return share;
    }

    private static Double nonNegativeBound(JsonFields f, String field) {
        return f.has(field) ? nonNegative(f.field(field), "D5") : null;
    }

    private static DrillAssertion.Target target(JsonFields f) {
        List<String> given = new ArrayList<>();
        for (String field : List.of("answer", "answerInRegion", "unhealthy")) {
            if (f.has(field)) {
                given.add(field);
            }
        }
        if (given.size() != 1) {
            f.report("D5", given.isEmpty() ? "a share assertion needs answer, answerInRegion or unhealthy"
                    : "a share assertion counts one thing; found " + String.join(" and ", given));
            return null;
        }
        return switch (given.get(0)) {
            case "answer" -> {
                String v = f.field("answer").asString("D5");
                yield v == null ? null : DrillAssertion.Target.value(v.strip());
            }
            case "answerInRegion" -> {
                String r = f.field("answerInRegion").asString("D5");
                yield r == null ? null : DrillAssertion.Target.region(r.strip().toLowerCase(Locale.ROOT));
            }
            default -> {
                Boolean u = f.field("unhealthy").asBoolean("D5");
                if (u != null && !u) {
                    f.field("unhealthy").report("D5", "unhealthy can only be true");
                }
                yield Boolean.TRUE.equals(u) ? DrillAssertion.Target.UNHEALTHY : null;
            }
        };
    }

    private static DrillAssertion.Clients clients(JsonValue value) {
        if (!value.isPresent()) {
            return DrillAssertion.Clients.ALL;
        }
        JsonFields f = value.asObject("D5");
        if (f == null) {
            return null;
        }
        f.rejectUnknown(List.of("location", "group", "country", "continent"), "D5");
        return new DrillAssertion.Clients(f.field("location").asString("D5"), f.field("group").asString("D5"),
                upper(f.field("country").asString("D5")), upper(f.field("continent").asString("D5")));
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    /** References the design must satisfy: record sets events change, endpoints and Regions that exist. */
    private static void checkReferences(Drill drill, Design design, JsonValue query,
                                        Map<DrillEvent, JsonValue> eventValues, JsonValue assertionsValue) {
        DrillEndpoints endpoints = DrillEndpoints.of(design, drill);
        if (design.zoneFor(drill.query().name()).isEmpty()) {
            // Route 53 would refuse every query (R20): nothing to rehearse.
            query.report("D3", "the query " + drill.query().name().text() + " lies outside the zone");
        }
        Set<String> values = new HashSet<>(endpoints.knownEndpoints());
        Set<RecordSetKey> keys = new HashSet<>();
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                values.addAll(rs.values());
                keys.add(rs.key());
            }
        }
        design.resourceCatalog().all().forEach(r -> {
            values.addAll(r.ipv4());
            values.addAll(r.ipv6());
        });
        for (DrillEvent event : drill.events()) {
            JsonValue at = eventValues.get(event);
            if (event instanceof DrillEvent.UpsertRecordSet u) {
                values.addAll(u.recordSet().values());
                keys.add(u.recordSet().key());
                if (design.zoneFor(u.recordSet().name()).isEmpty()) {
                    at.report("D3", "the record set " + u.recordSet().describe() + " lies outside the zone");
                }
            } else if (event instanceof DrillEvent.SetWeight w) {
                RecordSet target = find(design, w.recordSet());
                if (!keys.contains(w.recordSet())) {
                    at.report("D3", "no record set " + w.recordSet().describe() + " to change the weight of");
                } else if (target != null && !(target.routing() instanceof WeightedRouting)) {
                    at.report("D3", w.recordSet().describe() + " is not a weighted record set");
                }
            } else if (event instanceof DrillEvent.DeleteRecordSet d) {
                if (!keys.remove(d.recordSet())) {
                    at.report("D3", "no record set " + d.recordSet().describe() + " to delete");
                }
            } else if (event instanceof DrillEvent.EndpointState e) {
                if (!values.contains(e.endpoint())) {
                    at.report("D3", "no record set, resource or drill endpoint has the value " + e.endpoint());
                }
            } else if (event instanceof DrillEvent.RegionState r) {
                if (endpoints.endpointsIn(r.region()).isEmpty()) {
                    at.report("D3", "no endpoint is in Region " + r.region() + "; latency record sets tag their "
                            + "values, drill.regions can tag more");
                }
            }
        }
        List<JsonValue> assertionValues = assertionsValue.asArray("D5");
        for (int i = 0; i < drill.assertions().size() && assertionValues != null; i++) {
            if (drill.assertions().get(i) instanceof DrillAssertion.Share share) {
                JsonValue where = assertionValues.get(i);
                double firstSample = Math.ceil(share.from() / drill.stepSeconds() - 1e-9) * drill.stepSeconds();
                if (firstSample > share.to() + 1e-9) {
                    where.report("D5", "no sample falls in the window: samples are taken every "
                            + drill.stepSeconds() + " s");
                }
                if (share.target().region() != null && endpoints.endpointsIn(share.target().region()).isEmpty()) {
                    where.report("D5", "no endpoint is in Region " + share.target().region());
                }
                boolean any = false;
                for (PopulationLocation l : drill.population().locations()) {
                    // A location without a continent may still lie on it (the engine derives it, M1).
                    String continent = l.client().continent() != null ? l.client().continent()
                            : share.clients().continent();
                    any |= share.clients().matches(l, continent);
                }
                if (!any) {
                    where.report("D5", "no location of the population matches " + share.clients().describe());
                }
            }
        }
    }

    private static RecordSet find(Design design, RecordSetKey key) {
        for (HostedZone zone : design.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (rs.key().equals(key)) {
                    return rs;
                }
            }
        }
        return null;
    }
}
