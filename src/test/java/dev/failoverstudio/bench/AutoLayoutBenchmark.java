package dev.failoverstudio.bench;

import dev.failoverstudio.cli.SyntheticDesigns;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Time to derive the record tree of a design and lay it out from scratch, as opening an imported design does:
 * {@code records} record sets made of latency → weighted trees ({@link SyntheticDesigns#trees}, each tree 20
 * record sets in 5 groups with 16 health checks). Run with
 * {@code java -cp <test class path> org.openjdk.jmh.Main AutoLayoutBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AutoLayoutBenchmark {

    /** Record sets in the design; 2,000 is the scale target. */
    @Param({"2000", "10000"})
    public int records;

    private Design design;
    private AutoLayout autoLayout;

    @Setup
    public void setUp() {
        design = SyntheticDesigns.trees(records / 20, 4);
        autoLayout = new AutoLayout(CardSizes.DEFAULT);
    }

    /** Graph derivation plus layout, what Open of an imported design pays. */
    @Benchmark
    public Layout graphAndLayout() {
        return autoLayout.arrange(DesignGraph.of(design), Layout.EMPTY);
    }

    /** The same on a cold JVM path is measured by {@link #graphAndLayout} too; this isolates the graph. */
    @Benchmark
    public DesignGraph graphOnly() {
        return DesignGraph.of(design);
    }
}
