package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.ui.health.HealthPanel;
import dev.failoverstudio.ui.vm.health.EffectiveHealth;
import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.TaskRunner;
import dev.failoverstudio.ui.vm.resolver.WatchListViewModel;
import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Builds the simulated health panel and the live resolver pane (with its watch list) over one shared
 * {@link LiveDesign}, so a health toggle in one is answered in the other at once.
 *
 * <p><b>Wiring (main window).</b> Build once, after the edit history exists:
 * <pre>{@code
 * ObjectProperty<DesignDocument> document = new SimpleObjectProperty<>(history.current());
 * history.addListener(document::set);                      // republish after every edit, undo, redo, open
 * LivePanels live = new LivePanels(document, history::execute, services, backgroundExecutor);
 * healthDock.setContent(live.healthPanel());                // any container: both are plain Nodes
 * resolverDock.setContent(live.resolverPane());
 * scene.getStylesheets().add(LivePanels.stylesheet());
 * canvas.healthProperty().bind(live.effectiveHealthProperty());  // colours badges, rows, alias subtrees
 * canvas.litPath(live.litPath());                           // record set keys of the selected query's path
 * }</pre>
 * Health toggles reach the history through {@code history::execute}, so they are undoable; a refused edit
 * ({@code EditRejectedException}) is shown in the panel, not thrown. {@code backgroundExecutor} runs the traffic
 * sampling, the effective-health derivation, the world map's first read and the "answers everywhere" maps (a
 * daemon thread pool; tests pass {@link TaskRunner#sameThread()}). The two views are built on their first
 * {@link #healthPanel()}/{@link #resolverPane()} call. The panels ignore layout-only edits. Help >
 * About should keep the DB-IP credit ("IP Geolocation by DB-IP"); the resolver pane shows it wherever an address
 * is located. Construct on the FX thread.
 */
public final class LivePanels {

    private final LiveDesign live;
    private final ResolverViewModel resolver;
    private final HealthPanelViewModel health;
    private final WatchListViewModel watchList;
    private final WorldMapViewModel worldMap;
    // The two views are built when first asked for (their tabs' first show), so startup pays only for the models.
    private HealthPanel healthPanel;
    private ResolverPane resolverPane;

    public LivePanels(ObservableValue<DesignDocument> document, Consumer<EditCommand> execute, Services services,
                      Executor background) {
        this(document, execute, services, new TaskRunner(background, Platform::runLater));
    }

    /** With an explicit task runner (tests run everything on the FX thread with {@link TaskRunner#sameThread()}). */
    public LivePanels(ObservableValue<DesignDocument> document, Consumer<EditCommand> execute, Services services,
                      TaskRunner tasks) {
        Objects.requireNonNull(tasks, "tasks");
        live = new LiveDesign(document, execute, services);
        resolver = new ResolverViewModel(live, tasks);
        health = new HealthPanelViewModel(live, resolver.effectiveHealthProperty());
        watchList = new WatchListViewModel(live, tasks);
        worldMap = new WorldMapViewModel(live, resolver, tasks);
    }

    /** The live panels' stylesheet, to add to the scene next to the application's. */
    public static String stylesheet() {
        return Objects.requireNonNull(LivePanels.class.getResource("/dev/failoverstudio/ui/live-panels.css"),
                "live-panels.css").toExternalForm();
    }

    /** The health panel, built on the first call. */
    public HealthPanel healthPanel() {
        if (healthPanel == null) {
            healthPanel = new HealthPanel(health);
        }
        return healthPanel;
    }

    /** The resolver pane with its watch list and world map, built on the first call. */
    public ResolverPane resolverPane() {
        if (resolverPane == null) {
            resolverPane = new ResolverPane(resolver, watchList, worldMap);
        }
        return resolverPane;
    }

    /** Effective health of checks, record sets, groups and resources for the resolver pane's client. */
    public ReadOnlyObjectProperty<EffectiveHealth> effectiveHealthProperty() {
        return resolver.effectiveHealthProperty();
    }

    /** The selected query's path: the record sets the answer came through, queried group first. */
    public ObservableList<RecordSetKey> litPath() {
        return resolver.litPath();
    }

    public ResolverViewModel resolver() {
        return resolver;
    }

    public HealthPanelViewModel health() {
        return health;
    }

    public WatchListViewModel watchList() {
        return watchList;
    }

    public WorldMapViewModel worldMap() {
        return worldMap;
    }
}
