package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.geo.MapRing;
import dev.failoverstudio.domain.geo.MapShape;
import dev.failoverstudio.domain.geo.WorldMap;
import dev.failoverstudio.ui.vm.resolver.WorldMapViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;

/**
 * The world map in an equirectangular projection on a canvas: a click picks the client's country or US state;
 * in "answers everywhere" mode each place is filled with the colour of its answer, with a legend below.
 */
final class WorldMapView extends VBox {

    private final WorldMapViewModel vm;
    private final Canvas canvas = new Canvas();
    private final MapPalette palette = new MapPalette();
    private final FlowPane legend = new FlowPane(10, 4);
    private boolean drawPending;

    WorldMapView(WorldMapViewModel vm) {
        this.vm = vm;
        setId("world-map");
        getStyleClass().add("world-map");
        setSpacing(4);
        Pane holder = new Pane(canvas, palette);
        holder.getStyleClass().add("map-holder");
        holder.setMinHeight(160);
        holder.prefHeightProperty().bind(holder.widthProperty().divide(2));
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((obs, a, b) -> requestDraw());
        canvas.heightProperty().addListener((obs, a, b) -> requestDraw());
        canvas.setId("world-map-canvas");
        canvas.setOnMouseClicked(e -> {
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            if (w > 0 && h > 0) {
                vm.pick(90 - e.getY() / h * 180, e.getX() / w * 360 - 180);
            }
        });

        CheckBox everywhere = new CheckBox("Answers everywhere");
        everywhere.setId("answers-everywhere");
        everywhere.selectedProperty().bindBidirectional(vm.answersEverywhereProperty());
        everywhere.setMinWidth(Region.USE_PREF_SIZE); // the status beside it wraps instead, in a narrow column
        Label status = new Label();
        status.getStyleClass().add("map-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(10, everywhere, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        legend.getStyleClass().add("map-legend");
        legend.setId("map-legend");

        getChildren().addAll(bar, holder, legend);
        vm.mapProperty().addListener((obs, a, b) -> requestDraw());
        vm.colouringProperty().addListener((obs, a, b) -> requestDraw());
        vm.pickedProperty().addListener((obs, a, b) -> requestDraw());
        vm.legend().addListener((ListChangeListener<WorldMapViewModel.LegendEntry>) c -> rebuildLegend());
        sceneProperty().addListener((obs, a, b) -> {
            if (b != null) {
                vm.load();
                requestDraw();
                // a theme switch changes the stylesheets, and so the colours the canvas paints with
                b.getStylesheets().addListener((ListChangeListener<String>) c -> requestDraw());
            }
        });
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        for (WorldMapViewModel.LegendEntry entry : vm.legend()) {
            Region swatch = MapPalette.swatch("answer-" + entry.colour());
            swatch.getStyleClass().add("legend-swatch");
            Label label = new Label(entry.label() + " (" + entry.places() + ")", swatch);
            label.getStyleClass().add("legend-entry");
            legend.getChildren().add(label);
        }
    }

    /** Coalesces the redraws one change triggers (size, map, colours, pick) into one per pulse. */
    private void requestDraw() {
        if (!drawPending) {
            drawPending = true;
            javafx.application.Platform.runLater(() -> {
                drawPending = false;
                draw();
            });
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        WorldMap map = vm.mapProperty().get();
        if (map == null || w <= 0 || h <= 0 || getScene() == null) {
            return;
        }
        g.setFill(palette.sea());
        g.fillRect(0, 0, w, h);
        WorldMapViewModel.Colouring colouring = vm.colouringProperty().get();
        MapPlace picked = vm.pickedProperty().get();
        Paint land = palette.land();
        Paint border = palette.border();
        g.setStroke(border);
        g.setLineWidth(0.5);
        g.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        for (MapShape shape : map.shapes()) {
            int colour = colouring.colourOf(shape.place());
            g.setFill(colour >= 0 ? palette.answer(colour) : land);
            if (shape.isPointOnly() || shape.rings().isEmpty()) {
                double x = (shape.representativePoint().longitude() + 180) / 360 * w;
                double y = (90 - shape.representativePoint().latitude()) / 180 * h;
                g.fillOval(x - 2, y - 2, 4, 4);
                g.strokeOval(x - 2, y - 2, 4, 4);
                continue;
            }
            // One path per place, filled even-odd, so holes (enclaves such as Lesotho in South Africa) stay open.
            trace(g, shape, w, h);
            g.fill();
            g.stroke();
        }
        // The picked place last, outlined, so its answer colour stays visible.
        map.shape(picked == null ? MapPlace.country("--") : picked).ifPresent(shape -> {
            g.setStroke(palette.picked());
            g.setLineWidth(2);
            trace(g, shape, w, h);
            g.stroke();
        });
    }

    private static void trace(GraphicsContext g, MapShape shape, double w, double h) {
        g.beginPath();
        for (MapRing ring : shape.rings()) {
            for (int i = 0; i < ring.size(); i++) {
                double x = (ring.longitude(i) + 180) / 360 * w;
                double y = (90 - ring.latitude(i)) / 180 * h;
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.closePath();
        }
    }
}
