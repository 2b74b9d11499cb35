package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import dev.failoverstudio.ui.vm.resolver.TrafficShare;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** One bar per distinct answer, as wide as its share of the seeded samples. */
final class TrafficSharesView extends VBox {

    private static final double LABEL_WIDTH = 180;

    private final ResolverViewModel vm;
    private final VBox bars = new VBox(3);

    TrafficSharesView(ResolverViewModel vm) {
        this.vm = vm;
        setId("traffic-shares");
        getStyleClass().add("traffic-shares");
        setSpacing(4);
        Label summary = new Label();
        summary.getStyleClass().add("sample-summary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(vm.samplingProperty())
                .then("Sampling…").otherwise(vm.sampleSummaryProperty()));
        getChildren().addAll(summary, bars);
        vm.shares().addListener((ListChangeListener<TrafficShare>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        bars.getChildren().clear();
        for (TrafficShare share : vm.shares()) {
            Label name = new Label(share.label());
            name.getStyleClass().add("share-label");
            name.setMinWidth(LABEL_WIDTH);
            name.setPrefWidth(LABEL_WIDTH);
            Region bar = new Region();
            bar.getStyleClass().add("share-bar");
            StackPane track = new StackPane(bar);
            track.getStyleClass().add("share-track");
            track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            bar.maxWidthProperty().bind(track.widthProperty().multiply(share.fraction()));
            bar.prefWidthProperty().bind(bar.maxWidthProperty());
            HBox.setHgrow(track, Priority.ALWAYS);
            Label percent = new Label(String.format(Locale.ROOT, "%.1f %%", 100 * share.fraction()));
            percent.getStyleClass().add("share-percent");
            percent.setMinWidth(60);
            HBox row = new HBox(6, name, track, percent);
            row.getStyleClass().add("share-row");
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            bars.getChildren().add(row);
        }
    }
}
