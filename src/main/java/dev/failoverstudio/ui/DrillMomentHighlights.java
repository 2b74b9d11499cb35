package dev.failoverstudio.ui;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.ResolutionEngine;
import dev.failoverstudio.ui.drill.vm.DrillMoment;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What the canvas lights at a drill's scrub time for the resolver pane's question: the answer's path and the
 * effective health (R40, R41) as Route 53 answers from the drill's design and health status at that time, as the
 * live panels do for the open design ({@link CanvasHighlightsFrom}). The drill's design versions are compiled
 * once each, and the highlights are recomputed only when the design version, the health or the question changes,
 * not at every scrub step. FX thread only.
 */
final class DrillMomentHighlights {

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

    DrillMomentHighlights(ResolutionEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * @param moment   the drill's state at its scrub time
     * @param shown    the design the canvas shows (the user's)
     * @param question the resolver pane's query and client; empty lights no path and uses no client's verdicts
     */
    CanvasHighlights at(DrillMoment moment, Design shown, Optional<ResolverViewModel.Question> question) {
        Key key = new Key(moment.design(), moment.checkHealthy(), shown, question);
        if (key.sameAs(lastKey)) {
            return last;
        }
        if (moment.design() != compiledFor) {
            compiledFor = moment.design();
            compiled = engine.compile(compiledFor);
        }
        List<dev.failoverstudio.domain.model.RecordSetKey> path = List.of();
        EffectiveHealth health = EffectiveHealth.NONE;
        if (question.isPresent()) {
            ResolverViewModel.Question q = question.get();
            path = compiled.resolve(moment.status(), q.query(), q.client(),
                    new SplittableRandom(ResolverViewModel.SEED)).path();
            health = EffectiveHealth.derive(compiled, moment.status(), moment.checkHealthy().keySet(), q.client());
        }
        last = CanvasHighlightsFrom.drill(moment, shown, path, health);
        lastKey = key;
        return last;
    }
}
