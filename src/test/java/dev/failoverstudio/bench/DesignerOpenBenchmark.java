package dev.failoverstudio.bench;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.cli.SyntheticDesigns;
import dev.failoverstudio.domain.edit.ConnectionRules;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.NewRecordSets;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.ui.vm.CanvasScene;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opening a large design in the designer: health evaluation, design graph, auto-layout of every card, the canvas
 * scene and a full validation (what {@code replaceDocument} does on the FX thread plus the background validation),
 * and one edit (a move) on the opened design. {@code records} = 4 x 5 x trees record sets (latency aliases to
 * weighted pools of four). Run with {@code java -cp <test class path> org.openjdk.jmh.Main DesignerOpenBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DesignerOpenBenchmark {

    @Param({"2000"})
    int records;

    private Services services;
    private DesignDocument imported;
    private DesignerViewModel opened;

    @Setup(Level.Trial)
    public void setUp() {
        services = Services.create();
        int trees = records / 20;
        imported = new DesignDocument(SyntheticDesigns.trees(trees, 4), Layout.EMPTY);
        opened = designer();
        opened.replaceDocument(imported);
    }

    private DesignerViewModel designer() {
        CardGeometry geometry = new CardGeometry();
        return new DesignerViewModel(services.validator(), services.healthEvaluator(), new NewRecordSets(),
                new ConnectionRules(), new AutoLayout(geometry), geometry, Runnable::run, Runnable::run);
    }

    /** Open and lay out: everything the designer computes before the canvas draws the visible cards. */
    @Benchmark
    public CanvasScene openAndLayOut() {
        DesignerViewModel vm = designer();
        vm.replaceDocument(imported);
        return vm.scene();
    }

    /** One edit on the opened design: a card moved, the scene rebuilt and the design validated again. */
    @Benchmark
    public CanvasScene moveOneCard() {
        NodeKey first = opened.scene().cards().get(0).key();
        double x = opened.scene().cards().get(0).x();
        opened.moveNodes(Map.of(first, new Position(x == 0 ? 20 : 0, 0)));
        return opened.scene();
    }
}
