package dev.failoverstudio.ui.panels;

import dev.failoverstudio.ui.fx.ToolButton;
import dev.failoverstudio.ui.canvas.DesignCanvas;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status line: what just happened, the problem count, the zoom with its buttons. */
public final class StatusBar extends HBox {

    public StatusBar(DesignerViewModel viewModel, DesignCanvas canvas) {
        getStyleClass().add("status-bar");
        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId("problem-count");
        problems.getStyleClass().add("status-problems");
        problems.textProperty().bind(viewModel.problemSummaryProperty());
        Label cards = new Label();
        cards.getStyleClass().add("status-cards");
        cards.textProperty().bind(Bindings.createStringBinding(() -> viewModel.scene().cards().size() + " cards",
                viewModel.sceneProperty()));
        Button out = ToolButton.of("−", "zoom-out", "Zoom out (Ctrl+Minus)", canvas::zoomOut);
        Button in = ToolButton.of("+", "zoom-in", "Zoom in (Ctrl+Plus)", canvas::zoomIn);
        Button fit = ToolButton.of("Fit", "zoom-fit", "Fit the design into view (Ctrl+0)", canvas::fitToView);
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.getStyleClass().add("zoom-level");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.zoom() * 100) + " %",
                canvas.zoomProperty()));
        for (Button b : new Button[] {out, in, fit}) {
            b.getStyleClass().add("zoom-button");
            b.setFocusTraversable(false);
        }
        getChildren().addAll(status, problems, cards, out, zoom, in, fit);
    }
}
