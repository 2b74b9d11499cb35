package dev.failoverstudio.ui.health;

import dev.failoverstudio.ui.vm.health.HealthCheckRow;
import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** The health checks, one row each, with the observed state, the final status and a toggle per row. */
final class HealthCheckTable extends TableView<HealthCheckRow> {

    static final PseudoClass UNHEALTHY = PseudoClass.getPseudoClass("unhealthy");
    static final PseudoClass DERIVED = PseudoClass.getPseudoClass("derived");

    HealthCheckTable(HealthPanelViewModel vm) {
        super(vm.checks());
        setId("health-checks");
        getStyleClass().add("health-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("The design has no health checks."));
        getColumns().add(toggleColumn(vm));
        SpaceToggles.install(this, r -> r.kind() != HealthCheckRow.Kind.CALCULATED, r -> vm.toggle(r.id()));
        getColumns().add(text("Name", HealthCheckRow::name, 130));
        getColumns().add(statusColumn());
        getColumns().add(text("Switches", HealthCheckRow::switches, 135));
        getColumns().add(text("Observed", HealthCheckRow::observed, 200));
        getColumns().add(text("Type", HealthCheckRow::type, 95));
        getColumns().add(text("Target", HealthCheckRow::target, 170));
        getColumns().add(text("Tags", HealthCheckRow::tagsText, 160));
        getColumns().add(text("Interval", HealthCheckRow::interval, 58));
        getColumns().add(text("Threshold", HealthCheckRow::threshold, 75));
        getColumns().add(text("Why (rule)", r -> r.reason() + " (" + r.rule() + ")", 520));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(HealthCheckRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(UNHEALTHY, !empty && item != null && !item.healthy());
                pseudoClassStateChanged(DERIVED, !empty && item != null
                        && item.kind() == HealthCheckRow.Kind.CALCULATED);
                setTooltip(empty || item == null ? null : new Tooltip("Health check " + item.id()
                        + (item.tags().isEmpty() ? "" : "\nTags: " + String.join("\n      ", item.tags()))));
            }
        });
    }

    private static TableColumn<HealthCheckRow, String> text(String title, Function<HealthCheckRow, String> value,
                                                            double width) {
        TableColumn<HealthCheckRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<HealthCheckRow, HealthCheckRow> statusColumn() {
        TableColumn<HealthCheckRow, HealthCheckRow> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(90);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HealthCheckRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("status-healthy", "status-unhealthy");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(item.status());
                getStyleClass().add(item.healthy() ? "status-healthy" : "status-unhealthy");
                setTooltip(new Tooltip(item.reason() + " (" + item.rule() + ")"));
            }
        });
        return column;
    }

    private static TableColumn<HealthCheckRow, HealthCheckRow> toggleColumn(HealthPanelViewModel vm) {
        TableColumn<HealthCheckRow, HealthCheckRow> column = new TableColumn<>("");
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(76);
        column.setMinWidth(76);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button();

            {
                button.getStyleClass().add("health-toggle");
                button.setOnAction(e -> {
                    HealthCheckRow row = getItem();
                    if (row != null) {
                        vm.toggle(row.id());
                    }
                });
            }

            @Override
            protected void updateItem(HealthCheckRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.kind() == HealthCheckRow.Kind.CALCULATED) {
                    setGraphic(null);
                    return;
                }
                button.setText(item.up() ? "Fail" : "Restore");
                button.setTooltip(new Tooltip((item.up() ? "Make this health check fail" : "Make this health check pass")
                        + " (Space on its row)"));
                button.setId("toggle-" + item.id());
                setGraphic(button);
            }
        });
        return column;
    }
}
