package dev.failoverstudio.ui.health;

import dev.failoverstudio.ui.vm.health.HealthCheckRow;
import dev.failoverstudio.ui.vm.health.HealthPanelViewModel;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected health check in detail: its verdict with reason and rule, and the controls that fit its kind —
 * one toggle per checker Region for endpoint checks (HC9, HC10), OK / ALARM / INSUFFICIENT_DATA for CloudWatch
 * checks (HC14), ON / OFF for routing controls (HC15), the children of a calculated check (HC13), and
 * "No data yet" (HC16).
 */
final class HealthCheckDetail extends VBox {

    private static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");
    private static final PseudoClass SILENT = PseudoClass.getPseudoClass("silent");

    private final HealthPanelViewModel vm;
    private final Label verdict = new Label();
    private final FlowPane controls = new FlowPane(6, 6);

    HealthCheckDetail(HealthPanelViewModel vm, ObservableValue<HealthCheckRow> selected) {
        this.vm = vm;
        getStyleClass().add("health-detail");
        setId("health-detail");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE); // in a short panel the table above gives way, not the reason
        verdict.getStyleClass().add("health-verdict");
        getChildren().addAll(verdict, controls);
        selected.addListener((obs, before, after) -> show(after));
        show(selected.getValue());
    }

    private void show(HealthCheckRow row) {
        controls.getChildren().clear();
        if (row == null) {
            verdict.setText("Select a health check to see why it has its status and to set what each checker sees.");
            return;
        }
        verdict.setText(row.name() + ": " + row.status() + " — " + row.reason() + " (" + row.rule() + ")"
                + (row.switches().isEmpty() ? "" : "  [" + row.switches() + "]"));
        switch (row.kind()) {
            case ENDPOINT -> {
                for (String region : row.checkerRegions()) {
                    Boolean opinion = row.regionOpinions().get(region);
                    ToggleButton toggle = new ToggleButton(region);
                    toggle.getStyleClass().add("checker-region");
                    toggle.setSelected(Boolean.TRUE.equals(opinion));
                    toggle.pseudoClassStateChanged(FAILING, Boolean.FALSE.equals(opinion));
                    toggle.pseudoClassStateChanged(SILENT, opinion == null);
                    toggle.setTooltip(new Tooltip("Checkers in " + region + (opinion == null ? " report nothing"
                            : opinion ? " see it passing" : " see it failing") + "; click to flip"));
                    toggle.setOnAction(e -> vm.setCheckerRegion(row.id(), region, !Boolean.TRUE.equals(opinion)));
                    controls.getChildren().add(toggle);
                }
                controls.getChildren().add(action("No data yet", () -> vm.markNoData(row.id())));
            }
            case CLOUDWATCH -> {
                for (HealthPanelViewModel.AlarmState state : HealthPanelViewModel.AlarmState.values()) {
                    controls.getChildren().add(action(state.name(), () -> vm.setAlarmState(row.id(), state)));
                }
                controls.getChildren().add(action("No data yet", () -> vm.markNoData(row.id())));
            }
            case RECOVERY_CONTROL -> {
                controls.getChildren().add(action("ON", () -> vm.markPassing(row.id())));
                controls.getChildren().add(action("OFF", () -> vm.markFailing(row.id())));
                controls.getChildren().add(action("No data yet", () -> vm.markNoData(row.id())));
            }
            case CALCULATED -> {
                for (String child : row.children()) {
                    Label label = new Label(child);
                    label.getStyleClass().add("calculated-child");
                    label.pseudoClassStateChanged(HealthCheckTable.UNHEALTHY, !child.endsWith(": healthy"));
                    controls.getChildren().add(label);
                }
            }
        }
    }

    private static Button action(String text, Runnable run) {
        Button button = new Button(text);
        button.getStyleClass().add("health-action");
        button.setOnAction(e -> run.run());
        return button;
    }
}
