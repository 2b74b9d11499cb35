package dev.failoverstudio.ui;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.ui.canvas.DesignCanvas;
import dev.failoverstudio.ui.panels.InspectorPanel;
import dev.failoverstudio.ui.panels.PalettePanel;
import dev.failoverstudio.ui.panels.ProblemsPanel;
import dev.failoverstudio.ui.panels.StatusBar;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.drill.DrillPane;
import dev.failoverstudio.ui.drill.vm.DrillMomentHighlights;
import dev.failoverstudio.ui.export.ExportDialog;
import dev.failoverstudio.ui.fx.FxExecutors;
import dev.failoverstudio.ui.fx.LaidOutFrames;
import dev.failoverstudio.ui.fx.ThemeSwitcher;
import dev.failoverstudio.ui.resolver.LivePanels;
import dev.failoverstudio.ui.serve.ServePanel;
import dev.failoverstudio.ui.drill.vm.DrillMoment;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.beans.binding.Bindings;
import dev.failoverstudio.ui.vm.WindowSettings;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The designer window's content: menu bar and tool bar on top, palette (left), canvas (centre) over the problems
 * list, the DNS server and the what-if drills (tabs), the inspector, health panel and resolver pane as tabs
 * (right), status bar at the bottom. The resolver's answer path and the effective health it derives are lit on the
 * canvas; while the drills tab is shown, the canvas and the world map's answers everywhere show the health checks'
 * statuses at the drill's scrub time instead. The split panes' dividers are what {@link WindowSettings} remembers.
 * The first frame is kept light, so the user's design is on screen sooner: it shows the menu bar, tool bar, canvas
 * and status bar, while the palette and the side and bottom tabs wait in slots of their final size
 * ({@link DeferredPanels}) and are put in just after the frame that shows the design being opened (or a moment
 * after the first frame, should the design still be being read). The health, resolver, DNS server and drill panes
 * are built on their tab's first show, the live panels' models a frame after the panels.
 */
public final class MainWindow extends BorderPane {

    private final DesignerSession session;
    private final DesignCanvas canvas;
    private final SplitPane columns = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final DesignerActions actions;
    /** Built just after the first frame (or when first asked for): the first frame does not need it. */
    private LivePanels live;
    private final SidePanels side;
    private final BottomPanels bottom;
    // Panes not on the first frame are built on their tab's first show (or first accessor call).
    private final LazyTab<ServePanel> serve;
    private final Tab serveTab;
    private final LazyTab<DrillPane> drills;
    private final Tab drillTab;
    /** The drill pane's scrub moment once the pane exists; null before. */
    private final ObjectProperty<DrillMoment> drillMoment = new SimpleObjectProperty<>();
    /** Drills run on a worker of their own, so a long drill never holds up a save. */
    private final ExecutorService drillWorker = FxExecutors.background();
    /** Light or dark; follows whichever scene shows this window. */
    private final ThemeSwitcher themes = new ThemeSwitcher();
    /** The palette, the side tabs and the bottom tabs: put in their places just after the first frame. */
    private final DeferredPanels deferred = new DeferredPanels();
    private Duration panelsAtTheLatest = Duration.millis(400);

    public MainWindow(DesignerSession session, FileDialogs dialogs) {
        this.session = session;
        getStyleClass().add("main-window");
        canvas = new DesignCanvas(session.designer());
        actions = new DesignerActions(session, canvas, dialogs);
        centre.setOrientation(Orientation.VERTICAL);
        bottom = new BottomPanels(new ProblemsPanel(session.designer()));
        centre.getItems().addAll(canvas, deferred.slotFor(bottom));
        PalettePanel palette = new PalettePanel(canvas, session.designer());
        ObservableValue<Design> design = session.designer().documentProperty().map(DesignDocument::design);
        serveTab = bottom.add("DNS server", "serve-tab", null);
        serve = new LazyTab<>(serveTab, () -> {
            useStylesheet(ServePanel.stylesheet());
            return new ServePanel(design, session.services(), session.background());
        });
        drillTab = bottom.add("Drills", "drill-tab", null);
        drills = new LazyTab<>(drillTab, () -> {
            DrillPane pane = new DrillPane(new DocumentDesigns(session.designer()), session.services(), drillWorker,
                    FxExecutors.fxThread()::execute);
            drillMoment.bind(pane.viewModel().playback().momentProperty());
            return pane;
        });
        side = new SidePanels(new InspectorPanel(session.inspector()), null, null);
        new LazyTab<>(side.healthTab(), () -> {
            useStylesheet(LivePanels.stylesheet());
            return live().healthPanel();
        });
        new LazyTab<>(side.resolverTab(), () -> {
            useStylesheet(LivePanels.stylesheet());
            var pane = live().resolverPane();
            pane.setRulesHelp(actions::showAnswerRules);
            return pane;
        });
        Node paletteSlot = deferred.slotFor(palette);
        Node sideSlot = deferred.slotFor(side);
        columns.getItems().addAll(paletteSlot, centre, sideSlot);
        SplitPane.setResizableWithParent(paletteSlot, false);
        SplitPane.setResizableWithParent(sideSlot, false);

        var shownBelow = bottom.getSelectionModel().selectedItemProperty();
        shownBelow.addListener((o, a, b) -> makeRoomBelow(b == drillTab || b == serveTab));
        completeAfterTheFirstFrame();
        actions.setSidePanels(side);
        actions.setThemes(themes);
        PanelFocus.install(this, palette, canvas, side, bottom);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                themes.attach(b);
            }
        });
        actions.setBottomPanels(bottom, serveTab, drillTab);
        actions.setExport(() -> ExportDialog.show(getScene() == null ? null : getScene().getWindow(), design,
                session.services(), session.background(), getScene() == null ? List.of() : getScene().getStylesheets()));
        setTop(new VBox(actions.menuBar(), actions.toolBar()));
        CanvasKeyScope.install(this, actions.canvasShortcuts(), palette, canvas);
        setCenter(columns);
        setBottom(new StatusBar(session.designer(), canvas));
        applyDividers(session.settings().load());
        session.designer().addDocumentReplacedListener(() -> javafx.application.Platform.runLater(canvas::fitToView));
    }

    public DesignCanvas canvas() {
        return canvas;
    }

    public DesignerActions actions() {
        return actions;
    }

    /**
     * The health panel's and resolver pane's models (and, on their tabs' first show, the views), sharing the
     * designer's document; they light the answer path and the unhealthy subtrees on the canvas. Built on the first
     * call, which the window makes just after its first frame. FX thread.
     */
    public LivePanels live() {
        if (live == null) {
            live = new LivePanels(session.designer().documentProperty(), session.designer()::execute,
                    session.services(), session.background());
            var moment = drillMoment;
            var shownBelow = bottom.getSelectionModel().selectedItemProperty();
            LivePanels panels = live;
            DrillMomentHighlights drillHighlights = new DrillMomentHighlights(session.services().engine());
            canvas.highlightsProperty().bind(Bindings.createObjectBinding(
                    () -> shownBelow.get() == drillTab && moment.get() != null
                            ? drillHighlights.at(moment.get(), session.designer().document().design(),
                                    panels.resolver().question())
                            : CanvasHighlightsFrom.live(panels),
                    live.effectiveHealthProperty(), live.litPath(), moment, shownBelow));
            MapFollowsDrill map = new MapFollowsDrill(live.worldMap().momentOverrideProperty(), moment,
                    () -> shownBelow.get() == drillTab);
            shownBelow.addListener((obs, old, now) -> map.update());
        }
        return live;
    }

    /** Adds a pane's stylesheet when the pane is first built: parsing it is not first-frame work. */
    private void useStylesheet(String url) {
        if (!getStylesheets().contains(url)) {
            getStylesheets().add(url);
        }
    }

    /**
     * Puts the palette, the side tabs and the bottom tabs in their places now, if the first frame has not already
     * been followed by them (a picture of the window wants them at once).
     */
    public void attachPanels() {
        deferred.attach();
    }

    /** Whether the palette, the side tabs and the bottom tabs are in the window yet. */
    public boolean panelsAttached() {
        return deferred.attached();
    }

    /**
     * How long after the first frame a design still being read may keep the deferred panels away: a large design
     * (or a slow disk) does not leave the window without its palette and tabs.
     */
    void setPanelsAtTheLatest(Duration wait) {
        panelsAtTheLatest = wait;
    }

    /**
     * After the first frame that shows the design being opened (or the empty canvas when none is), the deferred
     * panels, or {@link #setPanelsAtTheLatest a moment} after the first frame if the design is still being read;
     * after the frame that shows them, the live panels, then the world map and the address-to-country table read
     * in the background, so they are ready before the resolver first needs them (the map says "Reading the world
     * map…" if asked sooner).
     */
    private void completeAfterTheFirstFrame() {
        var reading = session.files().readingProperty();
        reading.addListener((o, was, now) -> {
            if (!now && !deferred.attached()) {
                Platform.requestNextPulse(); // the frame that shows the design, even if nothing else changed
            }
        });
        sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene == null) {
                    return;
                }
                sceneProperty().removeListener(this);
                LaidOutFrames.onFirstWhere(scene, () -> !reading.get(), () -> Platform.runLater(MainWindow.this::attachPanels));
                LaidOutFrames.onFirstWhere(scene, () -> true, () -> {
                    PauseTransition longRead = new PauseTransition(panelsAtTheLatest);
                    longRead.setOnFinished(e -> attachPanels());
                    longRead.play();
                });
                LaidOutFrames.onFirstWhere(scene, deferred::attached, () -> Platform.runLater(() -> {
                    live().worldMap().load();
                    var geo = session.services().geo();
                    session.background().execute(geo::ipCountries);
                }));
            }
        });
    }

    /** The tabs below the canvas: problems, DNS server, drills. */
    public BottomPanels bottom() {
        return bottom;
    }

    /** The DNS server panel (built now if its tab was never shown). */
    public ServePanel serve() {
        return serve.get();
    }

    /** Stops what the window runs in the background (the DNS server); called when the application ends. */
    public void close() {
        if (serve.isBuilt()) {
            serve.get().close();
        }
        drillWorker.shutdownNow();
    }

    /** View > Theme: the light or dark look of this window and the dialogs it opens. */
    public ThemeSwitcher themes() {
        return themes;
    }

    /** The drill pane (built now if its tab was never shown). */
    public DrillPane drills() {
        return drills.get();
    }

    /** The tabs on the right: inspector, health, resolver. */
    public SidePanels side() {
        return side;
    }

    /** Divider positions: left and right column edges, then the problems list's top edge. */
    public List<Double> dividers() {
        List<Double> out = new ArrayList<>();
        for (double d : columns.getDividerPositions()) {
            out.add(d);
        }
        for (double d : centre.getDividerPositions()) {
            out.add(d);
        }
        return out;
    }

    /** Height the drills' charts and the DNS server's log need to be read; a short window gives them this much. */
    private static final double WIDE_TAB_HEIGHT = 380;
    private static final double CANVAS_KEEPS = 200;

    /** On a short screen (1366 x 768) a tab with charts or a log raises the divider so its content is not cut off. */
    private void makeRoomBelow(boolean wide) {
        double h = centre.getHeight();
        if (!wide || h <= 0 || centre.getDividerPositions().length == 0) {
            return;
        }
        double want = Math.min(WIDE_TAB_HEIGHT, h - CANVAS_KEEPS);
        if (h * (1 - centre.getDividerPositions()[0]) < want) {
            centre.setDividerPositions(1 - want / h);
        }
    }

    void applyDividers(WindowSettings settings) {
        List<Double> d = settings.dividers();
        if (d.size() >= 3) {
            columns.setDividerPositions(d.get(0), d.get(1));
            centre.setDividerPositions(d.get(2));
        }
    }
}
