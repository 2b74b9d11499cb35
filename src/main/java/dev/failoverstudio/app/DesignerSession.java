package dev.failoverstudio.app;

import dev.failoverstudio.domain.edit.ConnectionRules;
import dev.failoverstudio.domain.edit.NewRecordSets;
import dev.failoverstudio.domain.geo.AwsRegionInfo;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.io.formats.ImportFormatDetector;
import dev.failoverstudio.io.formats.project.AutosaveStore;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.DocumentFilesViewModel;
import dev.failoverstudio.ui.vm.InspectorViewModel;
import dev.failoverstudio.ui.vm.SettingsStore;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The view models of one designer window, wired to the application's services. Built here, in the composition
 * root, so the views receive everything by constructor; the services and the background executor are handed on
 * for the live panels (health, resolver), which build their own view models over the designer's document.
 */
public record DesignerSession(DesignerViewModel designer, DocumentFilesViewModel files, InspectorViewModel inspector,
                              SettingsStore settings, Services services, Executor background) {

    /**
     * @param autosaveDirectory where the autosave copy of unsaved work is kept
     * @param background        runs reading, writing and validation
     * @param ui                runs their results on the UI thread
     */
    public static DesignerSession create(Services services, SettingsStore settings, Path autosaveDirectory,
                                         Executor background, Executor ui) {
        CardGeometry geometry = new CardGeometry();
        DesignerViewModel designer = new DesignerViewModel(services.validator(), services.healthEvaluator(),
                new NewRecordSets(), new ConnectionRules(), new AutoLayout(geometry), geometry, background, ui);
        DesignFileImports imports = new DesignFileImports(services.exchange(), services.formats().projectFiles(),
                ImportFormatDetector.create(), new AutoLayout(geometry));
        DocumentFilesViewModel files = new DocumentFilesViewModel(designer, services.formats().projectFiles(),
                imports, new AutosaveStore(autosaveDirectory, services.formats().projectFiles()), settings, background, ui);
        List<String> regions = services.geo().regions().values().stream().filter(AwsRegionInfo::latencyRecords)
                .map(AwsRegionInfo::code).sorted().toList();
        InspectorViewModel inspector = new InspectorViewModel(designer, regions);
        return new DesignerSession(designer, files, inspector, settings, services, background);
    }
}
