package dev.failoverstudio.ui;

import dev.failoverstudio.ui.fx.LazyTooltip;
import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.ui.canvas.DesignCanvas;
import dev.failoverstudio.ui.fx.ThemeSwitcher;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.DocumentFilesViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every designer action, each with a menu entry (File, Edit, View, Simulate, Help), the usual shortcut, and the
 * most used ones on the tool bar. File actions that would drop unsaved changes ask first.
 */
public final class DesignerActions {

    private final DesignerSession session;
    private final DesignerViewModel designer;
    private final DocumentFilesViewModel files;
    private final DesignCanvas canvas;
    private final FileDialogs dialogs;
    private final Menu recentMenu = new Menu("Open Recent");
    /** Backspace deletes like Delete (laptop keyboards); a canvas shortcut like the Edit menu's card actions. */
    private static final KeyCombination BACKSPACE = new KeyCodeCombination(KeyCode.BACK_SPACE);
    /** The shortcuts that act on the selected cards, which {@link CanvasKeyScope} keeps to the canvas area. */
    private final List<KeyCombination> canvasShortcuts = new ArrayList<>(List.of(BACKSPACE));
    private Runnable quit = () -> { };
    private final ShortcutPresses shortcutPresses = new ShortcutPresses();
    private SidePanels side;
    private BottomPanels bottom;
    private Tab serveTab;
    private Tab drillTab;
    private Runnable export;
    private ThemeSwitcher themes;
    /** File > Welcome: disabled in windows without a welcome view (screenshots, startup measurement). */
    private final MenuItem welcomeItem = item("Welcome", null, e -> { });

    DesignerActions(DesignerSession session, DesignCanvas canvas, FileDialogs dialogs) {
        this.session = session;
        this.designer = session.designer();
        this.files = session.files();
        this.canvas = canvas;
        this.dialogs = dialogs;
        welcomeItem.setDisable(true);
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());
        files.errorProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                files.clearError();
                dialogs.showError("Failover Studio", b);
            }
        });
        fillRecent();
    }

    /** The right-hand tabs the View menu switches between; set before {@link #menuBar()} is built. */
    void setSidePanels(SidePanels panels) {
        this.side = panels;
    }

    /** The tabs below the canvas, with the DNS server's and the drills'; set before {@link #menuBar()} is built. */
    void setBottomPanels(BottomPanels panels, Tab serve, Tab drills) {
        this.bottom = panels;
        this.serveTab = serve;
        this.drillTab = drills;
    }

    /** What View > Theme switches; set before {@link #menuBar()} is built. */
    void setThemes(ThemeSwitcher switcher) {
        this.themes = switcher;
    }

    /** What File > Export… opens; set before {@link #menuBar()} is built. */
    void setExport(Runnable openExport) {
        this.export = openExport;
    }

    /** What File > Welcome shows (the welcome view with the samples); until set, the entry is disabled. */
    void setWelcome(Runnable showWelcome) {
        welcomeItem.setOnAction(e -> showWelcome.run());
        welcomeItem.setDisable(false);
    }

    /** Help > How Route 53 Picks an Answer, also linked from the resolver pane. */
    void showAnswerRules() {
        dialogs.showInformation("How Route 53 picks an answer", HowRoute53Answers.TEXT);
    }

    /** What Quit does (closing the window, which asks about unsaved changes). */
    void setQuit(Runnable quit) {
        this.quit = quit;
    }

    MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("New", "Shortcut+N", e -> newDesign()),
                item("Open…", "Shortcut+O", e -> open()),
                recentMenu,
                item("Import…", "Shortcut+I", e -> importFile()),
                item("Export…", "Shortcut+E", e -> {
                    if (export != null) {
                        export.run();
                    }
                }),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", e -> save(null)),
                item("Save As…", "Shortcut+Shift+S", e -> saveAs(null)),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", e -> quit.run()));
        file.getItems().add(3, welcomeItem);
        MenuItem undo = item("Undo", "Shortcut+Z", e -> unlessTyping(designer::undo));
        undo.textProperty().bind(designer.undoLabelProperty());
        undo.disableProperty().bind(designer.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", e -> unlessTyping(designer::redo));
        redo.textProperty().bind(designer.redoLabelProperty());
        redo.disableProperty().bind(designer.canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo,
                new SeparatorMenuItem(),
                canvasItem("Copy", "Shortcut+C", designer::copy),
                canvasItem("Paste", "Shortcut+V", designer::paste),
                canvasItem("Duplicate", "Shortcut+D", designer::duplicate),
                canvasItem("Delete", "Delete", designer::deleteSelection),
                new SeparatorMenuItem(),
                item("Add Member to Group", "Shortcut+Shift+M", e -> addMember()),
                canvasItem("Select All", "Shortcut+A", designer::selectAll),
                canvasItem("Select None", "Escape", designer::clearSelection));
        Menu view = new Menu("_View", null,
                item("Zoom In", "Shortcut+Plus", e -> canvas.zoomIn()),
                item("Zoom Out", "Shortcut+Minus", e -> canvas.zoomOut()),
                item("Fit to View", "Shortcut+0", e -> canvas.fitToView()),
                item("Actual Size", "Shortcut+1", e -> canvas.zoomReset()),
                new SeparatorMenuItem(),
                item("Auto-Layout", "Shortcut+L", e -> designer.autoLayout()));
        if (side != null) {
            view.getItems().addAll(new SeparatorMenuItem(),
                    item("Inspector", "Shortcut+Shift+I", e -> side.showInspector()),
                    item("Health Panel", "Shortcut+Shift+H", e -> side.showHealth()),
                    item("Resolver", "Shortcut+Shift+R", e -> side.showResolver()));
        }
        if (bottom != null) {
            view.getItems().addAll(new SeparatorMenuItem(),
                    item("Problems", "Shortcut+Shift+B", e -> bottom.showProblems()),
                    item("DNS Server", "Shortcut+Shift+D", e -> bottom.show(serveTab)),
                    item("Drills", "Shortcut+Shift+W", e -> bottom.show(drillTab)));
        }
        if (themes != null) {
            view.getItems().addAll(new SeparatorMenuItem(), ThemeMenu.create(themes));
        }
        Menu simulate = new Menu("_Simulate", null,
                item("Mark Health Check Passing", "Shortcut+Shift+P",
                        e -> designer.simulateHealth(Optional.of(HealthObservation.PASSING))),
                item("Mark Health Check Failing", "Shortcut+Shift+F",
                        e -> designer.simulateHealth(Optional.of(HealthObservation.FAILING))),
                item("Mark Health Check Without Data", null, e -> designer.simulateHealth(Optional.empty())));
        Menu help = new Menu("_Help", null,
                item("Getting Started", "F1", e -> dialogs.showInformation("Getting started", GettingStarted.TEXT)),
                item("How Route 53 Picks an Answer", "Shift+F1",
                        e -> showAnswerRules()),
                new SeparatorMenuItem(),
                item("About Failover Studio", null, e -> dialogs.showInformation("About Failover Studio",
                        About.TEXT)));
        MenuBar bar = new MenuBar(file, edit, view, simulate, help);
        help.getItems().add(2, item("Keyboard Shortcuts", "Shortcut+Slash",
                e -> dialogs.showColumns("Keyboard shortcuts", KeyboardShortcuts.describe(bar))));
        bar.setId("menu-bar");
        return bar;
    }

    ToolBar toolBar() {
        Button undo = button("Undo", "Undo the last edit (Ctrl+Z)", designer::undo);
        undo.disableProperty().bind(designer.canUndoProperty().not());
        undo.setId("tool-undo");
        Button redo = button("Redo", "Redo (Ctrl+Y)", designer::redo);
        redo.disableProperty().bind(designer.canRedoProperty().not());
        redo.setId("tool-redo");
        Button delete = button("Delete", "Delete the selection (Delete)", designer::deleteSelection);
        delete.disableProperty().bind(Bindings.isEmpty(designer.selection()));
        ToolBar bar = new ToolBar(
                button("New", "New design (Ctrl+N)", this::newDesign),
                button("Open", "Open a design (Ctrl+O)", this::open),
                button("Save", "Save (Ctrl+S)", () -> save(null)),
                new javafx.scene.control.Separator(),
                undo, redo, delete,
                new javafx.scene.control.Separator(),
                button("Auto-layout", "Arrange left to right (Ctrl+L)", designer::autoLayout),
                button("Fit", "Fit the design into view (Ctrl+0)", canvas::fitToView));
        bar.setId("tool-bar");
        ToolIcons.decorate(bar);
        return bar;
    }

    /** Zoom shortcuts that keyboards spell differently (Ctrl+= for Ctrl++ on US layouts, keypad keys). */
    void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), canvas::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), canvas::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                canvas::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> unlessTyping(designer::redo));
        scene.getAccelerators().put(BACKSPACE, designer::deleteSelection);
        shortcutPresses.watch(scene);
    }

    // ---- File actions

    public void newDesign() {
        whenChangesSettled(() -> files.newDesign());
    }

    public void open() {
        whenChangesSettled(() -> dialogs.chooseOpen("Open design").ifPresent(files::open));
    }

    public void openRecent(Path path) {
        whenChangesSettled(() -> files.open(path));
    }

    public void importFile() {
        whenChangesSettled(() -> dialogs.chooseImport("Import a zone file, CloudFormation template, Traffic Flow"
                        + " policy, change batch, Route 53 JSON or scenario file")
                .ifPresent(files::importFile));
    }

    /** Saves (asking for a file the first time); {@code done} (may be null) hears whether it was saved. */
    public void save(Consumer<Boolean> done) {
        if (!files.save(done)) {
            saveAs(done);
        }
    }

    public void saveAs(Consumer<Boolean> done) {
        String suggested = files.file() == null ? "design.json" : files.file().getFileName().toString();
        Optional<Path> target = dialogs.chooseSave("Save design as", suggested);
        if (target.isPresent()) {
            files.saveAs(target.get(), done);
        } else if (done != null) {
            done.accept(false);
        }
    }

    /**
     * Runs {@code next} once unsaved changes are dealt with: saved, discarded, or (on Cancel) never.
     */
    public void whenChangesSettled(Runnable next) {
        if (!files.isDirty()) {
            next.run();
            return;
        }
        String name = files.file() == null ? "Untitled" : files.file().getFileName().toString();
        switch (dialogs.askUnsaved(name)) {
            case SAVE -> save(saved -> {
                if (saved) {
                    next.run();
                }
            });
            case DISCARD -> next.run();
            case CANCEL -> { }
        }
    }

    /**
     * The shortcuts of the Edit menu's card actions (and Backspace): they act on the cards only while the focus is in
     * the canvas area, see {@link CanvasKeyScope}; the menu entries themselves act wherever the focus is.
     */
    List<KeyCombination> canvasShortcuts() {
        return canvasShortcuts;
    }

    /**
     * Ctrl+Z and Ctrl+Y typed while the user is in a text field belong to the text; chosen from the Edit menu, Undo
     * and Redo act on the design wherever the focus is.
     */
    private void unlessTyping(Runnable action) {
        Scene scene = canvas.getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl text && text.isEditable()
                && shortcutPresses.inProgress()) {
            return;
        }
        action.run();
    }

    private void unlessTyping(java.util.function.BooleanSupplier action) {
        unlessTyping(() -> {
            action.getAsBoolean();
        });
    }

    private void addMember() {
        if (designer.selection().size() == 1) {
            designer.addMember(designer.selection().iterator().next());
        } else {
            designer.setStatus("Select one group card to add a member to it.");
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : files.recentFiles()) {
            MenuItem mi = new MenuItem(p.toString());
            mi.setOnAction(e -> openRecent(p));
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** A menu entry acting on the selected cards; its shortcut is one of {@link #canvasShortcuts()}. */
    private MenuItem canvasItem(String text, String accelerator, Runnable action) {
        MenuItem mi = item(text, accelerator, e -> action.run());
        canvasShortcuts.add(mi.getAccelerator());
        return mi;
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem mi = new MenuItem(text);
        mi.setOnAction(action);
        mi.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("-$", ""));
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return mi;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        LazyTooltip.install(b, tip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    DesignerSession session() {
        return session;
    }
}
