package dev.failoverstudio.ui.health;

import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import dev.failoverstudio.ui.vm.health.ResourceRow;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** AWS resource alias targets of the resource catalog (C9), each with its stated and effective health. */
final class ResourceTable extends TableView<ResourceRow> {

    ResourceTable(HealthPanelViewModel vm) {
        super(vm.resources());
        setId("health-resources");
        getStyleClass().add("health-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No AWS resource alias targets in the resource catalog."));
        SpaceToggles.install(this, r -> true, r -> vm.toggleResource(r.dnsName()));
        TableColumn<ResourceRow, ResourceRow> toggle = new TableColumn<>("");
        toggle.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        toggle.setPrefWidth(76);
        toggle.setMinWidth(76);
        toggle.setSortable(false);
        toggle.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button();

            {
                button.getStyleClass().add("health-toggle");
                button.setOnAction(e -> {
                    if (getItem() != null) {
                        vm.toggleResource(getItem().dnsName());
                    }
                });
            }

            @Override
            protected void updateItem(ResourceRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                button.setText(item.up() ? "Fail" : "Restore");
                button.setTooltip(new Tooltip((item.up() ? "Make this AWS resource unhealthy" : "Make this AWS resource healthy")
                        + " (Space on its row)"));
                setGraphic(button);
            }
        });
        getColumns().add(toggle);
        getColumns().add(text("DNS name", ResourceRow::dnsName, 260));
        getColumns().add(text("Kind", ResourceRow::kind, 70));
        getColumns().add(text("Addresses", ResourceRow::addresses, 160));
        getColumns().add(text("Stated", ResourceRow::stated, 80));
        getColumns().add(text("Target groups", ResourceRow::targetGroups, 140));
        getColumns().add(text("Effective (R42)", r -> r.effective().state().name().toLowerCase().replace('_', ' ')
                + ": " + r.effective().reason(), 420));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ResourceRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(HealthCheckTable.UNHEALTHY, !empty && item != null
                        && (!item.up() || item.effective().unhealthy()));
            }
        });
    }

    private static TableColumn<ResourceRow, String> text(String title, Function<ResourceRow, String> value,
                                                         double width) {
        TableColumn<ResourceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
