package dev.failoverstudio.bench;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.SampledOutcomes;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What the live panels cost on the R158 sample (latency alias to weighted groups), view models only:
 * <ul>
 * <li>{@code reResolveOneQuery}: the FX-thread work when the query changes — one traced resolution, the dig-like
 * text (dnsjava), the numbered trace, the lit path and the location line (sampling handed off, not run);</li>
 * <li>{@code healthToggle}: the FX-thread work of a health toggle — compile and evaluate the new design, re-resolve,
 * the health panel's rows;</li>
 * <li>{@code effectiveHealth}: the background task deriving the canvas's effective health (one traced resolution
 * per group);</li>
 * <li>{@code sample10k}: the background sampling task, 10,000 seeded quiet resolutions counted by answer.</li>
 * </ul>
 * Run with {@code java -cp <test class path> org.openjdk.jmh.Main LivePanelsBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LivePanelsBenchmark {

    private SimpleObjectProperty<DesignDocument> document;
    private ResolverViewModel resolver;
    private LiveDesign live;
    private DesignDocument failing;
    private DesignDocument passing;
    private boolean flip;

    @Setup
    public void setUp() throws Exception {
        Services services = Services.create();
        Design design = services.formats().scenarioReader().read(Path.of("samples/latency-weighted-tree.json"))
                .design();
        failing = new DesignDocument(design, Layout.EMPTY);
        passing = failing.withDesign(design.withHealthSnapshot(design.healthSnapshot()
                .with("11111111-aaaa-4000-8000-000000000001", HealthObservation.PASSING)));
        document = new SimpleObjectProperty<>(failing);
        live = new LiveDesign(document, command -> document.set(command.apply(document.get())), services);
        // background work is dropped: only the FX-thread part is measured here
        resolver = new ResolverViewModel(live, new TaskRunner(work -> { }, work -> { }));
        resolver.regionProperty().set(resolver.regions().stream().filter(c -> "us-east-1".equals(c.code()))
                .findFirst().orElseThrow());
        new HealthPanelViewModel(live, resolver.effectiveHealthProperty());
    }

    @Benchmark
    public String reResolveOneQuery() {
        flip = !flip;
        resolver.nameProperty().set(flip ? "example.com." : "us-east-1-www.example.com.");
        return resolver.responseProperty().get();
    }

    @Benchmark
    public String healthToggle() {
        flip = !flip;
        document.set(flip ? passing : failing);
        return resolver.responseProperty().get();
    }

    @Benchmark
    public EffectiveHealth effectiveHealth() {
        LiveDesign.State state = live.state();
        return EffectiveHealth.derive(state.compiled(), state.health(), ClientContext.region("us-east-1"));
    }

    @Benchmark
    public SampledOutcomes sample10k() {
        LiveDesign.State state = live.state();
        return SampledOutcomes.sample(state.compiled(), state.health(), Query.of("example.com.", "A"),
                ClientContext.region("us-east-1"), ResolverViewModel.SAMPLES, ResolverViewModel.SEED);
    }
}
