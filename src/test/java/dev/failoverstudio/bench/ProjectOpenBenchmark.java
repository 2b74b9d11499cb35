package dev.failoverstudio.bench;

import dev.failoverstudio.cli.SyntheticDesigns;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.formats.Route53JsonWriter;
import dev.failoverstudio.io.formats.project.ProjectFiles;
import dev.failoverstudio.io.json.ObjectMappers;
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

import java.util.concurrent.TimeUnit;

/**
 * Opening a design of 2,000 record sets (500 groups, 1,600 health checks): a saved project file (layout
 * included, so nothing is placed) and raw {@code list-resource-record-sets} output (laid out on opening), and
 * saving it (to text; the write itself reads the text back to make sure it reopens). Run with
 * {@code java -cp <test class path> org.openjdk.jmh.Main ProjectOpenBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProjectOpenBenchmark {

    private ProjectFiles files;
    private DesignDocument document;
    private String projectJson;
    private String listJson;

    @Setup
    public void setUp() throws ImportException {
        var mapper = ObjectMappers.create();
        files = new ProjectFiles(mapper, new AutoLayout(CardSizes.DEFAULT));
        Design synthetic = SyntheticDesigns.trees(100, 4);
        // the synthetic checks probe no address (the engine does not need one); a saved file must name one (HV3)
        Design design = synthetic.withHealthChecks(synthetic.healthChecks().stream()
                .map(h -> h.withConfig(EndpointCheck.http("54.239.28.85"))).toList());
        listJson = new Route53JsonWriter(mapper).writeRecordSets(design.zones().get(0).recordSets());
        document = files.read("project.json", files.toJson(new DesignDocument(design, Layout.EMPTY)));
        projectJson = files.toJson(document);
    }

    @Benchmark
    public DesignDocument openProject() throws ImportException {
        return files.read("project.json", projectJson);
    }

    @Benchmark
    public DesignDocument importListOutput() throws ImportException {
        return files.read("list.json", listJson);
    }

    @Benchmark
    public String saveToText() {
        return files.toJson(document);
    }
}
