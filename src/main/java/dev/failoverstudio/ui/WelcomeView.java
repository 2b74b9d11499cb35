package dev.failoverstudio.ui;

import dev.failoverstudio.ui.vm.CanvasScene;
import dev.failoverstudio.ui.vm.SampleCard;
import dev.failoverstudio.ui.vm.WelcomeViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The welcome view, laid over the designer window: "Blank design", "Open…" and one card per bundled sample with a
 * picture of its record tree and one line about it (the tooltip has the whole description). Arrow keys move
 * between cards, Enter (or Space, or a click) opens one, Escape closes the view and keeps the open design.
 */
public final class WelcomeView extends StackPane {

    static final double PICTURE_WIDTH = 220;
    static final double PICTURE_HEIGHT = 112;
    /** Two lines of a card's bold title. */
    static final double TITLE_HEIGHT = 36;

    private final WelcomeViewModel model;
    private final TilePane cards = new TilePane();
    private final Button blank;
    private final Button open;

    /** @param openFile what "Open…" does (the designer's File > Open, which asks about unsaved changes) */
    public WelcomeView(WelcomeViewModel model, Runnable openFile) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(openFile, "openFile");
        getStyleClass().add("welcome-view");
        setId("welcome-view");
        getStylesheets().add(Objects.requireNonNull(WelcomeView.class.getResource("welcome.css")).toExternalForm());

        Label title = new Label("Welcome to Failover Studio");
        title.getStyleClass().add("welcome-title");
        Label intro = new Label("Start from a ready-made design: each sample is a Route 53 routing tree with"
                + " simulated health, and a scenario file the check command runs. Or start blank.");
        intro.getStyleClass().add("welcome-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("welcome-message");
        message.getStyleClass().add("welcome-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        blank = card("welcome-blank", "Blank design", "An empty canvas: drag record sets from the palette.",
                "Start a new, empty design (Ctrl+N).", placeholder("+"));
        blank.setOnAction(e -> model.openBlank());
        open = card("welcome-open", "Open…", "A project file, scenario file or list-resource-record-sets output.",
                "Open a design file from disk (Ctrl+O).", placeholder("…"));
        open.setOnAction(e -> openFile.run());
        cards.setId("welcome-cards");
        cards.getStyleClass().add("welcome-cards");
        cards.setPrefColumns(3);
        cards.setPrefTileWidth(PICTURE_WIDTH + 20);
        cards.getChildren().addAll(blank, open);
        model.cards().addListener((ListChangeListener<SampleCard>) c -> showCards(model.cards()));
        showCards(model.cards());
        cards.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);

        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("welcome-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label status = new Label();
        status.setId("welcome-status");
        status.getStyleClass().add("welcome-status");
        status.textProperty().bind(model.statusProperty());
        Label keys = new Label("Arrow keys choose, Enter opens, Esc closes");
        keys.getStyleClass().add("welcome-keys");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("welcome-close");
        close.setTooltip(new Tooltip("Close the welcome view and keep the open design (Esc); File > Welcome"
                + " shows it again."));
        close.setOnAction(e -> model.hide());
        HBox footer = new HBox(8, status, gap, keys, close);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox panel = new VBox(10, title, intro, message, scroll, footer);
        panel.getStyleClass().add("welcome-panel");
        panel.setMaxSize(3 * (PICTURE_WIDTH + 20) + 140, 760);
        getChildren().add(panel);

        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                model.hide();
                e.consume();
            }
        });
        model.shownProperty().addListener((o, was, shown) -> {
            if (shown) {
                javafx.application.Platform.runLater(this::focusFirstCard);
            }
        });
        if (model.shownProperty().get()) {
            javafx.application.Platform.runLater(this::focusFirstCard);
        }
    }

    /**
     * The designer window with the welcome view laid over it, as a scene root; File > Welcome shows the view.
     */
    public static StackPane layeredOver(MainWindow window, WelcomeViewModel model) {
        WelcomeView view = new WelcomeView(model, window.actions()::open);
        window.actions().setWelcome(model::show);
        StackPane root = new StackPane(window, view);
        root.getStyleClass().add("welcome-layers");
        return root;
    }

    /** Gives the keyboard to the first card (when the view is shown). */
    public void focusFirstCard() {
        if (isVisible() && !cards.getChildren().isEmpty()) {
            cards.getChildren().get(0).requestFocus();
        }
    }

    private void showCards(List<SampleCard> samples) {
        cards.getChildren().setAll(blank, open);
        for (SampleCard sample : samples) {
            Button b = card("welcome-card-" + baseName(sample.name()), sample.title(), sample.line(),
                    sample.title() + (sample.description().isEmpty() ? "" : "\n\n" + sample.description())
                            + "\n\n" + sample.name(), picture(sample.picture()));
            b.getStyleClass().add("welcome-sample");
            b.setOnAction(e -> model.open(sample));
            cards.getChildren().add(b);
        }
    }

    private static Node picture(CanvasScene scene) {
        return new SamplePicture(scene, PICTURE_WIDTH, PICTURE_HEIGHT);
    }

    private static Node placeholder(String symbol) {
        Label sign = new Label(symbol);
        sign.getStyleClass().add("welcome-placeholder-sign");
        StackPane box = new StackPane(sign);
        box.getStyleClass().add("sample-picture");
        box.setMinSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        box.setPrefSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        box.setMaxSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        return box;
    }

    private static Button card(String id, String title, String line, String tip, Node picture) {
        Label name = new Label(title);
        name.getStyleClass().add("welcome-card-title");
        name.setWrapText(true);
        name.setAlignment(Pos.TOP_LEFT);
        name.setMinSize(PICTURE_WIDTH, TITLE_HEIGHT);
        name.setPrefSize(PICTURE_WIDTH, TITLE_HEIGHT);
        name.setMaxSize(PICTURE_WIDTH, TITLE_HEIGHT);
        Label summary = new Label(line);
        summary.getStyleClass().add("welcome-card-line");
        summary.setMinWidth(PICTURE_WIDTH);
        summary.setPrefWidth(PICTURE_WIDTH);
        summary.setMaxWidth(PICTURE_WIDTH);
        VBox content = new VBox(4, picture, name, summary);
        Button b = new Button(title, content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // one size for every card, so the grid's rows and columns line up for the arrow keys
        b.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        b.setPrefSize(PICTURE_WIDTH + 20, PICTURE_HEIGHT + TITLE_HEIGHT + 46);
        b.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        b.setId(id);
        b.getStyleClass().add("welcome-card");
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(400));
        b.setTooltip(tooltip);
        return b;
    }

    /** Arrow keys move between cards by the grid's rows and columns; Enter opens the focused card. */
    private void keyPressed(KeyEvent e) {
        List<Node> all = cards.getChildren();
        int at = all.indexOf(focusedCard());
        if (at < 0) {
            return;
        }
        int columns = columns(all);
        int next = switch (e.getCode()) {
            case LEFT -> at - 1;
            case RIGHT -> at + 1;
            case UP -> at - columns;
            case DOWN -> at + columns;
            case HOME -> 0;
            case END -> all.size() - 1;
            default -> -2;
        };
        if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            ((Button) all.get(at)).fire();
            e.consume();
        } else if (next != -2) {
            Node target = all.get(Math.max(0, Math.min(all.size() - 1, next)));
            target.requestFocus();
            ensureVisible(target);
            e.consume();
        }
    }

    private Node focusedCard() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        while (focused != null && focused.getParent() != cards) {
            focused = focused.getParent();
        }
        return focused;
    }

    /** Cards in the first row of the laid-out grid (at least one). */
    private static int columns(List<Node> all) {
        if (all.isEmpty()) {
            return 1;
        }
        double firstRow = all.get(0).getLayoutY();
        int n = 0;
        for (Node node : all) {
            if (Math.abs(node.getLayoutY() - firstRow) < 1) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    private void ensureVisible(Node card) {
        if (cards.getParent() != null && cards.getParent().getParent() instanceof ScrollPane scroll) {
            double contentHeight = cards.getHeight() - scroll.getViewportBounds().getHeight();
            if (contentHeight > 0) {
                double y = card.getBoundsInParent().getMinY();
                double top = scroll.getVvalue() * contentHeight;
                double bottom = top + scroll.getViewportBounds().getHeight();
                if (y < top || card.getBoundsInParent().getMaxY() > bottom) {
                    scroll.setVvalue(Math.min(1, y / contentHeight));
                }
            }
        }
    }

    private static String baseName(String file) {
        String base = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
