package dev.failoverstudio.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.io.formats.Route53JsonReader;
import dev.failoverstudio.io.formats.Route53JsonWriter;
import dev.failoverstudio.io.formats.ScenarioReader;
import dev.failoverstudio.domain.drill.Population;
import dev.failoverstudio.io.formats.drill.DesignDrills;
import dev.failoverstudio.io.formats.drill.DrillFileWriter;
import dev.failoverstudio.io.formats.drill.DrillReader;
import dev.failoverstudio.io.formats.ScenarioWriter;
import dev.failoverstudio.io.formats.project.ProjectFiles;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.samples.BundledSamples;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.io.json.ObjectMappers;
import dev.failoverstudio.io.report.DrillReportWriter;
import dev.failoverstudio.io.report.ProblemsWriter;
import dev.failoverstudio.io.report.ResolveReportWriter;

import java.util.function.Supplier;

/**
 * The readers and writers of every JSON format, sharing the application's one configured
 * {@link ObjectMapper}. Built once by the composition root; other layers never see Jackson.
 */
public final class JsonFormats {

    private final ScenarioReader scenarioReader;
    private final Route53JsonReader route53Reader;
    private final Route53JsonWriter route53Writer;
    private final ResolveReportWriter resolveReportWriter;
    private final ProblemsWriter problemsWriter;
    private final DrillReader drillReader;
    private final DrillReportWriter drillReportWriter;
    private final ProjectFiles projectFiles;
    private final ScenarioWriter scenarioWriter;

    private final DrillFileWriter drillFileWriter;
    private final DesignDrills designDrills;
    private final Supplier<Population> world;
    private final BundledSamples bundledSamples;

    private JsonFormats(ObjectMapper mapper, Supplier<Population> world) {
        this.world = world;
        this.designDrills = new DesignDrills(mapper);
        this.drillFileWriter = new DrillFileWriter(mapper);
        this.scenarioReader = new ScenarioReader(mapper);
        this.route53Reader = new Route53JsonReader(mapper);
        this.route53Writer = new Route53JsonWriter(mapper);
        this.resolveReportWriter = new ResolveReportWriter(mapper);
        this.problemsWriter = new ProblemsWriter(mapper);
        this.drillReader = new DrillReader(mapper);
        this.drillReportWriter = new DrillReportWriter(mapper);
        this.projectFiles = new ProjectFiles(mapper, new AutoLayout(CardSizes.DEFAULT), world);
        this.scenarioWriter = new ScenarioWriter(mapper);
        this.bundledSamples = new BundledSamples(JsonFormats.class.getClassLoader(), new JsonDocuments(mapper),
                projectFiles);
    }

    /** Without the world population: saved drills using it cannot be read from design files. */
    public static JsonFormats create() {
        return new JsonFormats(ObjectMappers.create(), () -> null);
    }

    /** @param world the default drill population (computed once, when first needed) */
    public static JsonFormats create(Supplier<Population> world) {
        return new JsonFormats(ObjectMappers.create(), new Once<>(world));
    }

    /** The drills a project or scenario file saves ({@code drills}). */
    public DesignDrills designDrills() {
        return designDrills;
    }

    /** The default drill population this build reads {@code "population": "world"} as; null when not given. */
    public Supplier<Population> worldPopulation() {
        return world;
    }

    /** A supplier asked once; thread-safe, as designs open and autosave off the UI thread. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> source;
        private volatile T value;

        Once(Supplier<T> source) {
            this.source = java.util.Objects.requireNonNull(source, "source");
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = source.get();
                    }
                    v = value;
                }
            }
            return v;
        }
    }

    public ScenarioReader scenarioReader() {
        return scenarioReader;
    }

    public Route53JsonReader route53Reader() {
        return route53Reader;
    }

    public Route53JsonWriter route53Writer() {
        return route53Writer;
    }

    public ResolveReportWriter resolveReportWriter() {
        return resolveReportWriter;
    }

    public ProblemsWriter problemsWriter() {
        return problemsWriter;
    }

    /** Standalone drill files: the design's scenario parts plus the drill. */
    public DrillFileWriter drillFileWriter() {
        return drillFileWriter;
    }

    public DrillReader drillReader() {
        return drillReader;
    }

    public DrillReportWriter drillReportWriter() {
        return drillReportWriter;
    }

    /** Scenario files (scenario-format.md), e.g. the resolver pane's watch list saved as a regression test. */
    public ScenarioWriter scenarioWriter() {
        return scenarioWriter;
    }

    /** The ready-made designs shipped in the application (the welcome view's cards). */
    public BundledSamples bundledSamples() {
        return bundledSamples;
    }

    /** The designer's project files (imported designs are arranged with the default card sizes). */
    public ProjectFiles projectFiles() {
        return projectFiles;
    }
}
