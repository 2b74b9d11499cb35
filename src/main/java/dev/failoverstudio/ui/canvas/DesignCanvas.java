package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.CanvasScene;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.CardKind;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.EdgeModel;
import dev.failoverstudio.ui.vm.MemberRef;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canvas viewport: cards and edges of the {@link CanvasScene}, zoomed and panned. Only cards that intersect
 * the visible area have nodes (the rest are culled), so a design with thousands of record sets costs what is on
 * screen. Gestures are plain mouse handlers (see {@link CanvasGestures}), so they also work headless.
 */
public final class DesignCanvas extends Region {

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 2.5;
    /** Cards this far outside the viewport (in screen pixels) still get nodes, so panning shows no gaps. */
    private static final double MARGIN = 120;
    /** Below this zoom, text is unreadable: cards are drawn as plain boxes. */
    public static final double COMPACT_ZOOM = 0.4;

    private final DesignerViewModel viewModel;
    private final Pane content = new Pane();
    private final Group edgeLayer = new Group();
    private final Group cardLayer = new Group();
    private final Group overlayLayer = new Group();
    private final Path aliasEdges = new Path();
    private final Path healthEdges = new Path();
    private final Path pathEdges = new Path();
    private final ObjectProperty<CanvasHighlights> highlights = new SimpleObjectProperty<>(CanvasHighlights.NONE);
    private final Rectangle marquee = new Rectangle();
    private final Line connection = new Line();
    private final Label hint = new Label();
    private final Label emptyHint = new Label("Drag a record set from the palette onto the canvas, or double-click "
            + "one, to start.\nOpen a design with Ctrl+O, or import Route 53 JSON with Ctrl+I.");
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate(0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ReadOnlyDoubleWrapper visibleCards = new ReadOnlyDoubleWrapper();
    private final Map<NodeKey, NodeSkin> skins = new HashMap<>();
    private final Map<NodeKey, Point2D> moveOffsets = new HashMap<>();
    private NodeKey dropTarget;
    private boolean compact;
    /** True while the viewport changes several values at once, so the nodes are brought in line only once. */
    private boolean moving;
    private final CanvasTooltip tooltip;
    private boolean refreshQueued;

    public DesignCanvas(DesignerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("design-canvas");
        setId("design-canvas");
        setFocusTraversable(true);
        aliasEdges.getStyleClass().addAll("edge", "alias-edge");
        healthEdges.getStyleClass().addAll("edge", "health-edge");
        pathEdges.getStyleClass().addAll("edge", "path-edge");
        edgeLayer.getChildren().addAll(healthEdges, aliasEdges, pathEdges);
        marquee.getStyleClass().add("marquee");
        marquee.setVisible(false);
        connection.getStyleClass().add("connection-preview");
        connection.setVisible(false);
        overlayLayer.getChildren().addAll(marquee, connection);
        content.setManaged(false);
        content.getChildren().addAll(edgeLayer, cardLayer, overlayLayer);
        content.getTransforms().setAll(translate, scale);
        hint.getStyleClass().add("canvas-hint");
        hint.setManaged(false);
        hint.setVisible(false);
        hint.setMouseTransparent(true);
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setManaged(false);
        emptyHint.setMouseTransparent(true);
        getChildren().addAll(content, hint, emptyHint);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        zoom.addListener((o, a, b) -> {
            scale.setX(b.doubleValue());
            scale.setY(b.doubleValue());
            refreshUnlessMoving();
        });
        translate.xProperty().addListener((o, a, b) -> refreshUnlessMoving());
        translate.yProperty().addListener((o, a, b) -> refreshUnlessMoving());
        widthProperty().addListener((o, a, b) -> refresh());
        heightProperty().addListener((o, a, b) -> refresh());
        viewModel.sceneProperty().addListener((o, a, b) -> refresh());
        viewModel.selection().addListener((SetChangeListener<NodeKey>) c -> updateSelection());
        viewModel.selectedMemberProperty().addListener((o, a, b) -> updateSelection());
        viewModel.revealRequestProperty().addListener((o, a, b) -> {
            if (b != null) {
                reveal(b);
                viewModel.revealDone();
            }
        });
        highlights.addListener((o, a, b) -> refresh());
        new CanvasGestures(this, viewModel).install();
        tooltip = new CanvasTooltip(this);
    }

    /** What the live panels light on the canvas (the answer's path, effective health); never null. */
    public ObjectProperty<CanvasHighlights> highlightsProperty() {
        return highlights;
    }

    // ---- Viewport

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double zoom() {
        return zoom.get();
    }

    /** How many cards currently have nodes (the rest are culled). */
    public ReadOnlyDoubleProperty visibleCardsProperty() {
        return visibleCards.getReadOnlyProperty();
    }

    public int visibleCardCount() {
        return skins.size();
    }

    /** Zooms by {@code factor} keeping the canvas point under local (pivotX, pivotY) where it is. */
    public void zoomBy(double factor, double pivotX, double pivotY) {
        double old = zoom.get();
        double next = clamp(old * factor, MIN_ZOOM, MAX_ZOOM);
        double cx = (pivotX - translate.getX()) / old;
        double cy = (pivotY - translate.getY()) / old;
        moveViewport(next, pivotX - cx * next, pivotY - cy * next);
    }

    /** Sets zoom and translation together and refreshes once. */
    private void moveViewport(double z, double tx, double ty) {
        moving = true;
        try {
            zoom.set(z);
            translate.setX(tx);
            translate.setY(ty);
        } finally {
            moving = false;
        }
        refresh();
    }

    private void refreshUnlessMoving() {
        if (!moving) {
            refresh();
        }
    }

    public void zoomIn() {
        zoomBy(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomBy(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void zoomReset() {
        zoomBy(1 / zoom.get(), getWidth() / 2, getHeight() / 2);
    }

    public void panBy(double dx, double dy) {
        moveViewport(zoom.get(), translate.getX() + dx, translate.getY() + dy);
    }

    /** Zooms and pans so every card is in view (not above 100 %). */
    public void fitToView() {
        CanvasScene s = viewModel.scene();
        double w = getWidth() > 0 ? getWidth() : getPrefWidth();
        double h = getHeight() > 0 ? getHeight() : getPrefHeight();
        if (s.cards().isEmpty() || w <= 0 || h <= 0) {
            moveViewport(1, 40, 40);
            return;
        }
        double[] b = s.bounds();
        double pad = 40;
        double z = clamp(Math.min((w - 2 * pad) / (b[2] - b[0]), (h - 2 * pad) / (b[3] - b[1])), MIN_ZOOM, 1.0);
        moveViewport(z, (w - (b[2] - b[0]) * z) / 2 - b[0] * z, Math.max(pad, (h - (b[3] - b[1]) * z) / 2) - b[1] * z);
    }

    /** Pans (without zooming) so the card is in view, if it is not entirely. */
    public void reveal(NodeKey key) {
        Optional<CardModel> card = viewModel.scene().card(key);
        if (card.isEmpty()) {
            return;
        }
        CardModel c = card.get();
        double z = zoom.get();
        double left = c.x() * z + translate.getX();
        double top = c.y() * z + translate.getY();
        double right = left + c.width() * z;
        double bottom = top + c.height() * z;
        if (left < 0 || top < 0 || right > getWidth() || bottom > getHeight()) {
            moveViewport(z, getWidth() / 2 - (c.x() + c.width() / 2) * z, getHeight() / 2 - (c.y() + c.height() / 2) * z);
        }
    }

    /** The visible area in canvas coordinates: {minX, minY, maxX, maxY}. */
    public double[] visibleArea() {
        double z = zoom.get();
        double minX = -translate.getX() / z;
        double minY = -translate.getY() / z;
        return new double[] {minX, minY, minX + getWidth() / z, minY + getHeight() / z};
    }

    /** Canvas coordinates of a scene point. */
    public Point2D sceneToCanvas(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return localToCanvas(local.getX(), local.getY());
    }

    public Point2D localToCanvas(double x, double y) {
        double z = zoom.get();
        return new Point2D((x - translate.getX()) / z, (y - translate.getY()) / z);
    }

    public Point2D canvasToLocal(double x, double y) {
        double z = zoom.get();
        return new Point2D(x * z + translate.getX(), y * z + translate.getY());
    }

    /** True when the scene point lies over the canvas viewport. */
    public boolean containsScene(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local != null && local.getX() >= 0 && local.getY() >= 0 && local.getX() <= getWidth()
                && local.getY() <= getHeight();
    }

    // ---- Hit tests (on the model, so they also work for culled cards)

    public Optional<CardModel> cardAt(Point2D p) {
        return viewModel.scene().cardAt(p.getX(), p.getY());
    }

    /** The member row under canvas point {@code p}, if any. */
    public Optional<MemberRef> rowAt(Point2D p) {
        Optional<CardModel> card = cardAt(p);
        if (card.isEmpty() || card.get().kind() != CardKind.GROUP) {
            return Optional.empty();
        }
        CardModel c = card.get();
        int index = (int) Math.floor((p.getY() - c.y() - CardGeometry.HEADER_HEIGHT) / CardGeometry.ROW_HEIGHT);
        if (index < 0 || index >= c.rows().size()) {
            return Optional.empty();
        }
        return Optional.of(new MemberRef(c.zoneId(), c.rows().get(index).member(), c.key()));
    }

    /** The alias port (the dot at the right end of a row) under canvas point {@code p}, if any. */
    public Optional<MemberRef> portAt(Point2D p) {
        Optional<MemberRef> row = rowAt(p);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        CardModel c = viewModel.scene().card(row.get().card()).orElseThrow();
        double portX = c.x() + c.width() - CardGeometry.PORT_INSET;
        return Math.abs(p.getX() - portX) <= CardGeometry.PORT_RADIUS + 6 ? row : Optional.empty();
    }

    /** The tooltip text at canvas point {@code p} (what hovering there shows). */
    public String tooltipAt(Point2D p) {
        return tooltip.textAt(p);
    }

    public Optional<NodeSkin> skin(NodeKey key) {
        return Optional.ofNullable(skins.get(key));
    }

    // ---- Gesture feedback

    void clearSelectionFromGesture() {
        viewModel.clearSelection();
    }

    /** Shows cards moved by {@code offsets} (canvas units) while a move is dragged; empty map ends the preview. */
    void previewMove(Map<NodeKey, Point2D> offsets) {
        moveOffsets.clear();
        moveOffsets.putAll(offsets);
        refresh();
    }

    void showMarquee(double x, double y, double w, double h) {
        marquee.setX(x);
        marquee.setY(y);
        marquee.setWidth(w);
        marquee.setHeight(h);
        marquee.setVisible(true);
    }

    void hideMarquee() {
        marquee.setVisible(false);
    }

    /** Shows the line of a connection being dragged, the card under it as accepted or refused, and the reason. */
    void showConnection(Point2D from, Point2D to, NodeKey target, Boolean accepted, String message) {
        connection.setStartX(from.getX());
        connection.setStartY(from.getY());
        connection.setEndX(to.getX());
        connection.setEndY(to.getY());
        connection.setVisible(true);
        connection.pseudoClassStateChanged(CardSkin.DROP_REFUSED, Boolean.FALSE.equals(accepted));
        setDropTarget(target, accepted);
        if (message == null || message.isEmpty()) {
            hint.setVisible(false);
        } else {
            hint.setText(message);
            hint.pseudoClassStateChanged(CardSkin.DROP_REFUSED, Boolean.FALSE.equals(accepted));
            Point2D at = canvasToLocal(to.getX(), to.getY());
            hint.autosize();
            hint.relocate(Math.min(at.getX() + 14, Math.max(0, getWidth() - hint.getWidth() - 4)), at.getY() + 14);
            hint.setVisible(true);
        }
    }

    /** While a palette item is dragged over the canvas: the hint text and the card it would be dropped on. */
    void showDropHint(Point2D at, NodeKey target, String message) {
        setDropTarget(target, target == null ? null : Boolean.TRUE);
        hint.setText(message);
        hint.pseudoClassStateChanged(CardSkin.DROP_REFUSED, false);
        Point2D local = canvasToLocal(at.getX(), at.getY());
        hint.autosize();
        hint.relocate(local.getX() + 14, local.getY() + 14);
        hint.setVisible(true);
    }

    void hideConnection() {
        connection.setVisible(false);
        hint.setVisible(false);
        setDropTarget(null, null);
    }

    /** The text next to the pointer while a connection is dragged (shown only while dragging). */
    public String hintText() {
        return hint.isVisible() ? hint.getText() : "";
    }

    private void setDropTarget(NodeKey target, Boolean accepted) {
        if (dropTarget != null && skins.containsKey(dropTarget)) {
            skins.get(dropTarget).setDropState(null);
        }
        dropTarget = target;
        if (target != null && skins.containsKey(target)) {
            skins.get(target).setDropState(accepted);
        }
    }

    // ---- Rendering

    @Override
    protected void layoutChildren() {
        // content and hint are unmanaged: positioned by the transforms and the gestures
        emptyHint.autosize();
        emptyHint.relocate(Math.max(8, (getWidth() - emptyHint.getWidth()) / 2),
                Math.max(8, (getHeight() - emptyHint.getHeight()) / 2));
    }

    /** Brings the nodes in line with the scene and the viewport; called on every change of either. */
    void refresh() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            if (!refreshQueued) {
                refreshQueued = true;
                javafx.application.Platform.runLater(() -> {
                    refreshQueued = false;
                    if (getWidth() > 0) {
                        refresh();
                    }
                });
            }
            return;
        }
        CanvasScene s = viewModel.scene();
        double z = zoom.get();
        if ((z < COMPACT_ZOOM) != compact) {
            compact = z < COMPACT_ZOOM;
            cardLayer.getChildren().clear();
            skins.clear();
        }
        double[] area = visibleArea();
        double m = MARGIN / z;
        Set<NodeKey> wanted = new HashSet<>();
        Map<NodeKey, CardModel> shown = new HashMap<>();
        for (CardModel card : s.cards()) {
            CardModel c = moved(card);
            if (c.intersects(area[0] - m, area[1] - m, area[2] + m, area[3] + m)) {
                wanted.add(c.key());
                shown.put(c.key(), c);
            }
        }
        for (Iterator<Map.Entry<NodeKey, NodeSkin>> it = skins.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<NodeKey, NodeSkin> e = it.next();
            if (!wanted.contains(e.getKey())) {
                cardLayer.getChildren().remove(e.getValue().node());
                it.remove();
            }
        }
        List<javafx.scene.Node> added = new ArrayList<>();
        for (NodeKey key : wanted) {
            CardModel c = shown.get(key);
            NodeSkin skin = skins.get(key);
            if (skin == null) {
                skin = compact ? new CompactCardSkin(c)
                        : c.kind() == CardKind.GROUP ? new CardSkin(c, () -> viewModel.addMember(key))
                        : new HealthCheckSkin(c);
                skins.put(key, skin);
                added.add(skin.node());
            } else if (!skin.model().equals(c)) {
                skin.update(c);
            }
        }
        cardLayer.getChildren().addAll(added);
        drawEdges(s, area, m);
        visibleCards.set(skins.size());
        emptyHint.setVisible(s.cards().isEmpty());
        updateSelection();
        CanvasHighlights lit = highlights.get() == null ? CanvasHighlights.NONE : highlights.get();
        for (NodeSkin skin : skins.values()) {
            skin.setHighlights(lit);
        }
    }

    private CardModel moved(CardModel card) {
        Point2D offset = moveOffsets.get(card.key());
        return offset == null ? card : card.movedTo(card.x() + offset.getX(), card.y() + offset.getY());
    }

    private void drawEdges(CanvasScene s, double[] area, double m) {
        List<PathElement> alias = new ArrayList<>();
        List<PathElement> health = new ArrayList<>();
        List<PathElement> lit = new ArrayList<>();
        CanvasHighlights h = highlights.get() == null ? CanvasHighlights.NONE : highlights.get();
        for (EdgeModel e : s.edges()) {
            Optional<CardModel> from = s.card(e.from());
            Optional<CardModel> to = s.card(e.to());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            CardModel a = moved(from.get());
            CardModel b = moved(to.get());
            double x1 = a.x() + a.width() - CardGeometry.PORT_INSET;
            double y1 = a.rowCentreY(e.fromRow());
            double x2 = b.x();
            double y2 = e.kind() == EdgeModel.Kind.ALIAS ? b.y() + CardGeometry.HEADER_HEIGHT / 2 : b.y() + b.height() / 2;
            if (Math.max(x1, x2) < area[0] - m || Math.min(x1, x2) > area[2] + m
                    || Math.max(y1, y2) < area[1] - m || Math.min(y1, y2) > area[3] + m) {
                continue;
            }
            boolean onPath = e.kind() == EdgeModel.Kind.ALIAS && e.fromRow() < a.rows().size()
                    && h.onPath(a.rows().get(e.fromRow()).member());
            List<PathElement> into = onPath ? lit : e.kind() == EdgeModel.Kind.ALIAS ? alias : health;
            double bend = Math.max(40, Math.abs(x2 - x1) / 2);
            into.add(new MoveTo(x1, y1));
            into.add(new CubicCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2));
            if (e.kind() == EdgeModel.Kind.ALIAS) {
                into.add(new MoveTo(x2, y2));
                into.add(new LineTo(x2 - 9, y2 - 5));
                into.add(new LineTo(x2 - 9, y2 + 5));
                into.add(new ClosePath());
            }
        }
        aliasEdges.getElements().setAll(alias);
        pathEdges.getElements().setAll(lit);
        healthEdges.getElements().setAll(health);
    }

    private void updateSelection() {
        var selected = viewModel.selection();
        MemberRef member = viewModel.selectedMemberProperty().get();
        for (Map.Entry<NodeKey, NodeSkin> e : skins.entrySet()) {
            e.getValue().setSelected(selected.contains(e.getKey()));
            if (e.getValue() instanceof CardSkin card) {
                int row = -1;
                if (member != null && member.card().equals(e.getKey())) {
                    for (int i = 0; i < card.model().rows().size(); i++) {
                        if (card.model().rows().get(i).member().equals(member.key())) {
                            row = i;
                        }
                    }
                }
                card.setSelectedRow(row);
            }
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
