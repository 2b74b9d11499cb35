package dev.failoverstudio.ui.panels;

import dev.failoverstudio.ui.fx.LazyTooltip;
import dev.failoverstudio.ui.canvas.DesignCanvas;
import dev.failoverstudio.ui.canvas.PaletteDragGesture;
import dev.failoverstudio.ui.vm.DesignerViewModel;
import dev.failoverstudio.ui.vm.PaletteItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The palette: one item per routing policy and a health check; drag one onto the canvas or double-click it (or
 * Tab to it and press Enter).
 */
public final class PalettePanel extends ScrollPane {

    public PalettePanel(DesignCanvas canvas, DesignerViewModel viewModel) {
        getStyleClass().add("palette");
        setId("palette");
        setFitToWidth(true);
        setFocusTraversable(false);
        VBox items = new VBox();
        items.getStyleClass().add("palette-items");
        Label heading = new Label("Record sets");
        heading.getStyleClass().add("panel-heading");
        items.getChildren().add(heading);
        for (PaletteItem item : PaletteItem.values()) {
            if (item == PaletteItem.HEALTH_CHECK) {
                Label checks = new Label("Health");
                checks.getStyleClass().add("panel-heading");
                items.getChildren().add(checks);
            }
            items.getChildren().add(entry(item, canvas, viewModel));
        }
        Label help = new Label("Drag onto the canvas, or double-click. Drop a health check on a row to attach it.");
        help.getStyleClass().add("panel-help");
        help.setWrapText(true);
        items.getChildren().add(help);
        setContent(items);
    }

    private static Region entry(PaletteItem item, DesignCanvas canvas, DesignerViewModel viewModel) {
        Label title = new Label(item.label());
        title.getStyleClass().add("palette-title");
        Label description = new Label(item.description());
        description.getStyleClass().add("palette-description");
        description.setWrapText(true);
        VBox box = new VBox(1, title, description);
        box.getStyleClass().addAll("palette-item", item.styleId());
        box.setId("palette-" + item.styleId());
        box.setFocusTraversable(true); // Tab reaches it; Enter or Space adds it, as a double-click does
        LazyTooltip.installOn(box, item.description()
                + "\nDrag onto the canvas, or double-click (Enter or Space when focused).");
        PaletteDragGesture.install(box, item, canvas, viewModel);
        return box;
    }
}
