package dev.failoverstudio.ui.health;

import dev.failoverstudio.ui.vm.health.HealthCheckRow;
import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import dev.failoverstudio.ui.fx.ToolButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The simulated health panel: the health checks and AWS resource targets with their observed state and final
 * status, a detail area for the selected check, and the "Fail a Region", "Fail an endpoint" and "All healthy"
 * actions. Self-contained: everything comes from its view model.
 */
public final class HealthPanel extends BorderPane {

    public HealthPanel(HealthPanelViewModel vm) {
        getStyleClass().add("health-panel");
        setId("health-panel");

        ComboBox<String> region = new ComboBox<>(vm.regions());
        region.setId("fail-region-choice");
        region.setPromptText("Region");
        Button failRegion = new Button("Fail a Region");
        failRegion.setId("fail-region");
        failRegion.setTooltip(new Tooltip("Make the chosen Region's health checkers report failure for every check"));
        failRegion.disableProperty().bind(region.valueProperty().isNull());
        failRegion.setOnAction(e -> vm.failRegion(region.getValue()));

        ComboBox<String> endpoint = new ComboBox<>(vm.endpoints());
        endpoint.setId("fail-endpoint-choice");
        endpoint.setEditable(true);
        endpoint.setPromptText("IP address");
        Button failEndpoint = ToolButton.of("Fail an endpoint", "fail-endpoint",
                "Fail every health check that probes this IP address",
                () -> vm.failEndpoint(endpoint.getEditor().getText()));

        Button allHealthy = ToolButton.of("All healthy", "all-healthy",
                "Clear all simulated failures: every health check and resource is healthy", vm::allHealthy);

        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, region, failRegion, endpoint,
                failEndpoint, allHealthy);
        actions.getStyleClass().add("health-actions");
        for (javafx.scene.Node n : actions.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        Label message = new Label();
        message.getStyleClass().add("panel-message");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        setTop(new VBox(actions, message));

        HealthCheckTable checks = new HealthCheckTable(vm);
        HealthCheckDetail detail = new HealthCheckDetail(vm, checks.getSelectionModel().selectedItemProperty());
        // Rows are rebuilt on every change; keep the same check selected so the detail stays put.
        vm.checks().addListener((javafx.collections.ListChangeListener<HealthCheckRow>) change -> {
            String id = detailId(detail);
            if (id != null) {
                vm.checks().stream().filter(r -> r.id().equals(id)).findFirst()
                        .ifPresent(r -> checks.getSelectionModel().select(r));
            }
        });
        checks.getSelectionModel().selectedItemProperty().addListener((obs, a, b) -> {
            if (b != null) {
                detail.setUserData(b.id());
            }
        });
        VBox checkArea = new VBox(checks, detail);
        VBox.setVgrow(checks, Priority.ALWAYS);
        TitledPane resources = new TitledPane("AWS resource alias targets", new ResourceTable(vm));
        resources.setCollapsible(false);
        SplitPane split = new SplitPane(checkArea, resources);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        setCenter(split);
    }

    private static String detailId(HealthCheckDetail detail) {
        return detail.getUserData() instanceof String id ? id : null;
    }
}
