package dev.failoverstudio.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.io.formats.Route53JsonReader;
import dev.failoverstudio.io.formats.Route53JsonWriter;
import dev.failoverstudio.io.formats.ScenarioReader;
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
    private final BundledSamples bundledSamples;

    private JsonFormats(ObjectMapper mapper) {
        this.drillFileWriter = new DrillFileWriter(mapper);
        this.scenarioReader = new ScenarioReader(mapper);
        this.route53Reader = new Route53JsonReader(mapper);
        this.route53Writer = new Route53JsonWriter(mapper);
        this.resolveReportWriter = new ResolveReportWriter(mapper);
        this.problemsWriter = new ProblemsWriter(mapper);
        this.drillReader = new DrillReader(mapper);
        this.drillReportWriter = new DrillReportWriter(mapper);
        this.projectFiles = new ProjectFiles(mapper, new AutoLayout(CardSizes.DEFAULT));
        this.scenarioWriter = new ScenarioWriter(mapper);
        this.bundledSamples = new BundledSamples(JsonFormats.class.getClassLoader(), new JsonDocuments(mapper),
                projectFiles);
    }

    public static JsonFormats create() {
        return new JsonFormats(ObjectMappers.create());
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
