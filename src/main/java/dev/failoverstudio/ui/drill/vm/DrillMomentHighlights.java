package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.health.RecordHealth;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the canvas lights at a drill's scrub time for the resolver pane's question: the answer's path and the
 * effective health (R40, R41) as Route 53 answers from the drill's design and health status at that time, as the
 * live panels do for the open design. The drill's design versions are compiled once each, and the highlights are
 * recomputed only when the design version, the health or the question changes, not at every scrub step. The cards
 * stay the shown (user's) design; record sets the drill has deleted by then are marked absent. FX thread only.
 */
public final class DrillMomentHighlights {

    private record Key(Design design, Map<String, Boolean> checks, Design shown,
                       Optional<ResolverViewModel.Question> question) {
        boolean sameAs(Key other) {
            return other != null && design == other.design && shown == other.shown && checks.equals(other.checks)
                    && question.equals(other.question);
        }
    }

    private final ResolutionEngine engine;
    private Design compiledFor;
    private CompiledDesign compiled;
    private Key lastKey;
    private CanvasHighlights last;

    public DrillMomentHighlights(ResolutionEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * @param moment   the drill's state at its scrub time
     * @param shown    the design the canvas shows (the user's)
     * @param question the resolver pane's query and client; empty lights no path and uses no client's verdicts
     */
    public CanvasHighlights at(DrillMoment moment, Design shown, Optional<ResolverViewModel.Question> question) {
        Key key = new Key(moment.design(), moment.checkHealthy(), shown, question);
        if (key.sameAs(lastKey)) {
            return last;
        }
        if (moment.design() != compiledFor) {
            compiledFor = moment.design();
            compiled = engine.compile(compiledFor);
        }
        List<RecordSetKey> path = List.of();
        EffectiveHealth health = EffectiveHealth.NONE;
        if (question.isPresent()) {
            ResolverViewModel.Question q = question.get();
            path = compiled.resolve(moment.status(), q.query(), q.client(),
                    new SplittableRandom(ResolverViewModel.SEED)).path();
            health = EffectiveHealth.derive(compiled, moment.status(), moment.checkHealthy().keySet(), q.client());
        }
        last = highlights(moment, shown, path, health);
        lastKey = key;
        return last;
    }

    /**
     * The path and effective health given, the health-check statuses at the scrub time, the record sets whose own
     * check has failed by then in the drill's design at that time (R40: unhealthy for every client), and the
     * record sets of the shown design that the drill has deleted by then.
     */
    static CanvasHighlights highlights(DrillMoment moment, Design shown, List<RecordSetKey> path,
                                       EffectiveHealth health) {
        Map<RecordSetKey, Boolean> records = new HashMap<>();
        Set<RecordSetKey> present = new HashSet<>();
        for (HostedZone zone : moment.design().zones()) {
            for (RecordSet rs : zone.recordSets()) {
                present.add(rs.key());
                if (Boolean.FALSE.equals(moment.checkHealthy().get(rs.healthCheckId()))) {
                    records.put(rs.key(), true);
                }
            }
        }
        health.recordSets().forEach((k, v) -> records.merge(k, v.state() == RecordHealth.State.UNHEALTHY,
                Boolean::logicalOr));
        Map<GroupKey, Boolean> groups = new HashMap<>();
        health.groups().forEach((k, v) -> groups.put(k, v.state() == RecordHealth.State.UNHEALTHY));
        Set<RecordSetKey> absent = new HashSet<>();
        for (HostedZone zone : shown.zones()) {
            for (RecordSet rs : zone.recordSets()) {
                if (!present.contains(rs.key())) {
                    absent.add(rs.key());
                }
            }
        }
        return CanvasHighlights.atDrillMoment(path, records, groups, moment.checkHealthy(), absent);
    }
}
