package dev.failoverstudio.ui.export.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.io.ImportException;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog's view model without the FX toolkit; background work runs on the test thread. */
class ExportViewModelTest {

    private static Services services;
    private static Design failover;
    private static Design latencyTree;

    private final List<String> clipboard = new ArrayList<>();
    private SimpleObjectProperty<Design> design;
    private ExportViewModel vm;

    @BeforeAll
    static void load() throws ImportException {
        services = Services.create();
        failover = services.formats().scenarioReader().read(Path.of("samples/active-passive-failover.json")).design();
        latencyTree = services.formats().scenarioReader().read(Path.of("samples/latency-weighted-tree.json")).design();
    }

    @BeforeEach
    void newModel() {
        design = new SimpleObjectProperty<>(failover);
        vm = new ExportViewModel(design, services.exchange(), Runnable::run, Runnable::run, clipboard::add);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static ExportResult export(String id, Design d, ExportOptions options) {
        DesignExporter exporter = services.exchange().exporter(id).orElseThrow();
        return exporter.export(d, options);
    }

    @Test
    void listsEveryExporterAndPreviewsItsMainFileExactly() {
        assertThat(vm.formatChoices()).extracting(FormatChoice::id)
                .containsExactlyElementsOf(services.exchange().exporters().stream().map(DesignExporter::id).toList());
        assertThat(vm.formatProperty().get().id()).isEqualTo("change-batch");
        for (FormatChoice choice : vm.formatChoices()) {
            vm.formatProperty().set(choice);
            ExportResult expected;
            try {
                expected = export(choice.id(), failover, ExportOptions.DEFAULT);
            } catch (IllegalArgumentException refused) {
                // e.g. Traffic Flow cannot express this design's S3 alias: the exporter's reason is shown instead
                assertThat(vm.problemProperty().get()).as(choice.id())
                        .isEqualTo("Cannot export as " + choice.title() + ": " + refused.getMessage());
                assertThat(vm.previewProperty().get()).isEmpty();
                assertThat(vm.readyProperty().get()).isFalse();
                continue;
            }
            assertThat(vm.problemProperty().get()).as(choice.id()).isEmpty();
            assertThat(vm.previewProperty().get()).as(choice.id()).isEqualTo(expected.main().text());
            assertThat(vm.fileProperty().get().name()).isEqualTo(expected.main().name());
            assertThat(vm.notes()).as(choice.id())
                    .containsExactlyElementsOf(expected.notes().stream().map(n -> n.describe()).toList());
            assertThat(vm.readyProperty().get()).isTrue();
        }
    }

    @Test
    void everyFileOfAChangeBatchCanBeShownAloneOrTogether() {
        ExportResult expected = export("change-batch", failover, ExportOptions.DEFAULT);
        assertThat(expected.files()).hasSizeGreaterThan(1); // batch, health-check inputs, references
        assertThat(vm.severalFilesProperty().get()).isTrue();
        assertThat(vm.fileChoices()).extracting(FileChoice::label).containsExactlyElementsOf(Stream.concat(
                expected.files().stream().map(f -> f.name()), Stream.of("All " + expected.files().size() + " files"))
                .toList());
        vm.fileProperty().set(vm.fileChoices().get(1));
        assertThat(vm.previewProperty().get()).isEqualTo(expected.files().get(1).text());
        vm.fileProperty().set(vm.fileChoices().get(vm.fileChoices().size() - 1));
        assertThat(vm.previewProperty().get()).isEqualTo(expected.preview());
    }

    @Test
    void upsertAppliesToChangeBatchesOnly_V5() {
        assertThat(vm.actionAppliesProperty().get()).isTrue();
        assertThat(vm.actions()).containsExactly(ChangeAction.CREATE, ChangeAction.UPSERT);
        vm.actionProperty().set(ChangeAction.UPSERT);
        String upsert = export("change-batch", failover, ExportOptions.DEFAULT.withAction(ChangeAction.UPSERT))
                .main().text();
        assertThat(vm.previewProperty().get()).isEqualTo(upsert).contains("\"UPSERT\"").doesNotContain("\"CREATE\"");
        vm.selectFormat("terraform");
        assertThat(vm.actionAppliesProperty().get()).isFalse();
        assertThat(vm.policyNameAppliesProperty().get()).isFalse();
        assertThat(vm.previewProperty().get())
                .isEqualTo(export("terraform", failover, ExportOptions.DEFAULT).main().text());
    }

    @Test
    void trafficFlowExportsTheChosenTreeAndSaysWhyANameCannotBeExported_TF1() {
        design.set(latencyTree);
        assertThat(vm.selectFormat("traffic-flow")).isTrue();
        assertThat(vm.policyNameAppliesProperty().get()).isTrue();
        assertThat(vm.policyNames()).containsExactly("example.com.", "us-east-1-www.example.com.",
                "ap-southeast-2-www.example.com.");
        vm.policyNameProperty().set("us-east-1-www.example.com.");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.previewProperty().get()).isEqualTo(export("traffic-flow", latencyTree,
                ExportOptions.DEFAULT.withPolicyName(DomainName.of("us-east-1-www.example.com."))).main().text())
                .isNotEqualTo(export("traffic-flow", latencyTree, ExportOptions.DEFAULT).main().text());

        vm.policyNameProperty().set("nothing-here.example.com.");
        assertThat(vm.problemProperty().get()).isEqualTo("Cannot export as Traffic Flow policy document (JSON):"
                + " no record set is named nothing-here.example.com.");
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(vm.readyProperty().get()).isFalse();
        vm.copy();
        assertThat(clipboard).isEmpty();
    }

    @Test
    void followsTheDesign() {
        vm.selectFormat("zone-file");
        Design healthier = failover.withHealthSnapshot(failover.healthSnapshot()
                .with("22222222-bbbb-4000-8000-000000000002", HealthObservation.PASSING));
        design.set(latencyTree);
        assertThat(vm.previewProperty().get())
                .isEqualTo(export("zone-file", latencyTree, ExportOptions.DEFAULT).main().text());
        assertThat(vm.zoneChoices()).extracting(ZoneChoice::origin).containsExactly("example.com.");
        design.set(healthier);
        assertThat(vm.previewProperty().get())
                .isEqualTo(export("zone-file", healthier, ExportOptions.DEFAULT).main().text());
        vm.close();
        design.set(latencyTree);
        assertThat(vm.previewProperty().get())
                .isEqualTo(export("zone-file", healthier, ExportOptions.DEFAULT).main().text());
    }

    @Test
    void copyPutsTheShownTextOnTheClipboard() {
        vm.selectFormat("cloudformation-yaml");
        vm.copy();
        String expected = export("cloudformation-yaml", failover, ExportOptions.DEFAULT).main().text();
        assertThat(clipboard).containsExactly(expected);
        assertThat(vm.messageProperty().get()).startsWith("Copied ").contains(expected.length() + " characters");
    }

    @Test
    void saveWritesTheShownFileUnderTheChosenName(@TempDir Path dir) throws IOException {
        vm.selectFormat("terraform");
        Path chosen = dir.resolve("route53.tf");
        List<String> suggested = new ArrayList<>();
        vm.save(new SaveTarget() {
            @Override
            public Optional<Path> chooseFile(String suggestedName) {
                suggested.add(suggestedName);
                return Optional.of(chosen);
            }

            @Override
            public Optional<Path> chooseFolder(int fileCount) {
                throw new AssertionError("one file is saved with a file chooser");
            }
        });
        ExportResult expected = export("terraform", failover, ExportOptions.DEFAULT);
        assertThat(suggested).containsExactly(expected.main().name());
        assertThat(Files.readString(chosen, StandardCharsets.UTF_8)).isEqualTo(expected.main().text());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(chosen); // no temporary file left behind
        }
        assertThat(vm.messageProperty().get()).isEqualTo("Saved " + chosen + ".");
    }

    @Test
    void saveAllWritesEveryFileIntoTheChosenFolder(@TempDir Path dir) throws IOException {
        ExportResult expected = export("change-batch", failover, ExportOptions.DEFAULT);
        vm.saveAll(new SaveTarget() {
            @Override
            public Optional<Path> chooseFile(String suggestedName) {
                throw new AssertionError("several files go to a folder");
            }

            @Override
            public Optional<Path> chooseFolder(int fileCount) {
                assertThat(fileCount).isEqualTo(expected.files().size());
                return Optional.of(dir);
            }
        });
        for (var f : expected.files()) {
            assertThat(Files.readString(dir.resolve(f.name()), StandardCharsets.UTF_8)).isEqualTo(f.text());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(expected.files().size());
        }
        assertThat(vm.messageProperty().get()).isEqualTo("Saved " + expected.files().size() + " files to " + dir + ".");
    }

    @Test
    void aCancelledChooserSavesNothing(@TempDir Path dir) throws IOException {
        vm.save(new SaveTarget() {
            @Override
            public Optional<Path> chooseFile(String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFolder(int fileCount) {
                return Optional.empty();
            }
        });
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void onlyTheNewestComputationIsShown() {
        Deque<Runnable> background = new ArrayDeque<>();
        ExportViewModel queued = new ExportViewModel(design, services.exchange(), background::add, Runnable::run,
                clipboard::add);
        try {
            assertThat(queued.busyProperty().get()).isTrue();
            queued.selectFormat("terraform");
            queued.selectFormat("zone-file");
            // run the oldest last: its result must not replace the newest
            Runnable newest = background.pollLast();
            newest.run();
            while (!background.isEmpty()) {
                background.pollLast().run();
            }
            assertThat(queued.busyProperty().get()).isFalse();
            assertThat(queued.previewProperty().get())
                    .isEqualTo(export("zone-file", failover, ExportOptions.DEFAULT).main().text());
        } finally {
            queued.close();
        }
    }
}
