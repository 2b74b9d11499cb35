package dev.failoverstudio.ui;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.ui.vm.DesignOverviewViewModel;
import dev.failoverstudio.ui.vm.OutlineNode;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @Start
    void start(Stage stage) {
        DesignOverviewViewModel vm = new DesignOverviewViewModel(Services.create());
        vm.show(vm.load(Path.of("samples/latency-weighted-tree.json")));
        stage.setScene(new Scene(new MainWindow(vm), 900, 600));
        stage.show();
    }

    @Test
    void showsTheOpenedDesignsGroupsAndRecordSets(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<OutlineNode> tree = robot.lookup("#design-outline").queryAs(TreeView.class);
        TreeItem<OutlineNode> zone = tree.getRoot().getChildren().get(0);
        assertThat(zone.getValue().text()).startsWith("example.com.");
        assertThat(zone.getChildren()).extracting(i -> i.getValue().text())
                .anyMatch(t -> t.startsWith("example.com.  A  · latency"))
                .anyMatch(t -> t.startsWith("us-east-1-www.example.com.  A  · weighted"));
        String status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertThat(status).startsWith("latency-weighted-tree.json").contains("4 health checks").contains("0 error(s)");
    }
}
