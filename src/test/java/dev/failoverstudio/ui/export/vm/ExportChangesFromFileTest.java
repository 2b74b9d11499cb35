package dev.failoverstudio.ui.export.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.cli.FailoverStudioCommand;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordType;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Changes from a design file…" in the export dialog: the preview is the change batch that turns the base file's
 * design into the current one, exactly what {@code export --format change-batch --from OLD NEW} prints.
 */
class ExportChangesFromFileTest {

    private static final Path SAMPLE = Path.of("samples/latency-weighted-tree.json");

    private static Services services;

    @TempDir
    static Path temp;

    private static Path oldFile;
    private static Path newFile;
    private static Design newDesign;

    private ExportViewModel vm;

    @BeforeAll
    static void files() throws Exception {
        services = Services.create();
        Design old = services.formats().scenarioReader().read(SAMPLE).design();
        HostedZone zone = old.zones().get(0);
        // the edit: one weighted member gone, another with a new weight, one record set added
        List<RecordSet> records = new ArrayList<>();
        for (RecordSet r : zone.recordSets()) {
            if ("apse2-instance-b".equals(r.setIdentifier())) {
                continue;
            }
            records.add("use1-instance-a".equals(r.setIdentifier()) ? r.withTtl(300L) : r);
        }
        RecordSet txt = zone.recordSets().stream().filter(r -> r.type() == RecordType.A).findFirst().orElseThrow();
        records.add(new RecordSet(txt.name(), RecordType.TXT, null,
                dev.failoverstudio.domain.model.SimpleRouting.INSTANCE, 60L, List.of("\"v=spf1 -all\""), null, null, null));
        HostedZone edited = zone.withRecordSets(records);
        newDesign = old.withZone(edited);
        oldFile = temp.resolve("old.json");
        Files.copy(SAMPLE, oldFile);
        newFile = temp.resolve("new.json");
        Files.writeString(newFile, services.formats().scenarioWriter().write(newDesign, edited, "edited"));
        newDesign = services.formats().scenarioReader().read(newFile).design();
    }

    @BeforeEach
    void model() {
        vm = ExportViewModel.over(new SimpleObjectProperty<>(newDesign), services, Runnable::run, Runnable::run,
                text -> { });
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FailoverStudioCommand.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }

    /** The whole output, every file one after the other, as the command prints it. */
    private String shownOutput() {
        vm.fileChoices().stream().filter(FileChoice::allFiles).findFirst().ifPresent(vm.fileProperty()::set);
        return vm.outputProperty().get();
    }

    @Test
    void thePreviewIsWhatExportFromPrintsForTheSameTwoFiles() {
        String expected = cli("export", "--format", "change-batch", "--from", oldFile.toString(), newFile.toString());

        vm.chooseBase(oldFile);

        assertThat(vm.baseFileProperty().get()).isEqualTo(oldFile);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(expected).contains("\"DELETE\"").contains("\"CREATE\"");
        assertThat(shownOutput()).isEqualTo(expected);
        assertThat(vm.actionAppliesProperty().get()).as("CREATE/UPSERT does not apply to a diff").isFalse();
    }

    @Test
    void aProjectFileServesAsTheBaseAsWellAsTheScenarioItWasMadeFrom() throws Exception {
        String expected = cli("export", "--format", "change-batch", "--from", oldFile.toString(), newFile.toString());
        Design old = services.formats().scenarioReader().read(oldFile).design();
        Path project = temp.resolve("old-project.json");
        services.formats().projectFiles().write(new DesignDocument(old, Layout.EMPTY), project);

        vm.chooseBase(project);

        assertThat(shownOutput()).isEqualTo(expected);
    }

    @Test
    void clearingTheBaseGoesBackToThePlainCreateBatch() {
        String plain = cli("export", "--format", "change-batch", newFile.toString());
        vm.chooseBase(oldFile);
        assertThat(shownOutput()).isNotEqualTo(plain);

        vm.clearBase();

        assertThat(vm.baseFileProperty().get()).isNull();
        assertThat(vm.actionAppliesProperty().get()).isTrue();
        assertThat(shownOutput()).isEqualTo(plain);
    }

    @Test
    void anUnreadableBaseFileIsReportedWithItsLocationAndTheBaseStays() throws Exception {
        vm.chooseBase(oldFile);
        String before = shownOutput();
        Path garbage = temp.resolve("garbage.json");
        Files.writeString(garbage, "{\"formatVersion\": 1, \"zones\": 7}");

        vm.chooseBase(garbage);

        assertThat(vm.baseProblemProperty().get()).startsWith("Cannot read garbage.json:")
                .contains(garbage + ": $.zones");
        assertThat(vm.baseFileProperty().get()).isEqualTo(oldFile);
        assertThat(shownOutput()).isEqualTo(before);
    }

    @Test
    void onlyTheChangeBatchTakesABase() {
        vm.chooseBase(oldFile);
        vm.selectFormat("terraform");

        assertThat(vm.baseAppliesProperty().get()).isFalse();
        assertThat(shownOutput()).isEqualTo(cli("export", "--format", "terraform", newFile.toString()));
    }
}
