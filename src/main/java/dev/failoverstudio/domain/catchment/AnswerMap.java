package dev.failoverstudio.domain.catchment;

import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every place of the world map gets for one query under one health status: a {@link MapAnswer} per
 * place, and the legend of distinct answers, the most widespread first (ties by label). Immutable.
 */
public final class AnswerMap {

    /** One place's representative client and the (seeded) resolution it got. */
    public record PlaceAnswer(MapPlace place, ClientContext client, Resolution resolution, MapAnswer answer) {
        public PlaceAnswer {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(answer, "answer");
        }
    }

    private final Query query;
    private final Map<MapPlace, PlaceAnswer> places;
    private final List<MapAnswer> legend;
    private final Map<MapAnswer, Integer> counts;

    AnswerMap(Query query, List<PlaceAnswer> answers) {
        this.query = Objects.requireNonNull(query, "query");
        Map<MapPlace, PlaceAnswer> byPlace = new LinkedHashMap<>();
        Map<MapAnswer, Integer> count = new HashMap<>();
        for (PlaceAnswer a : answers) {
            byPlace.put(a.place(), a);
            count.merge(a.answer(), 1, Integer::sum);
        }
        List<MapAnswer> distinct = new ArrayList<>(count.keySet());
        distinct.sort(Comparator.comparing((MapAnswer a) -> -count.get(a)).thenComparing(MapAnswer::label));
        this.places = Collections.unmodifiableMap(byPlace);
        this.legend = List.copyOf(distinct);
        this.counts = Map.copyOf(count);
    }

    public Query query() {
        return query;
    }

    /** Every place with its answer, in map order (countries, then US states). */
    public Map<MapPlace, PlaceAnswer> places() {
        return places;
    }

    public Optional<MapAnswer> answerAt(MapPlace place) {
        return Optional.ofNullable(places.get(place)).map(PlaceAnswer::answer);
    }

    /** The distinct answers, the one given to most places first. */
    public List<MapAnswer> legend() {
        return legend;
    }

    /** How many places get the answer (0 for an answer not on the legend). */
    public int placeCount(MapAnswer answer) {
        return counts.getOrDefault(answer, 0);
    }
}
