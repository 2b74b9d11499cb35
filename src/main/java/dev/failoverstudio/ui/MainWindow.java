package dev.failoverstudio.ui;

import dev.failoverstudio.ui.vm.DesignOverviewViewModel;
import dev.failoverstudio.ui.vm.OutlineNode;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;

/** The main window's content: the design outline and a status line. */
final class MainWindow extends BorderPane {

    private final TreeView<OutlineNode> tree = new TreeView<>();

    MainWindow(DesignOverviewViewModel viewModel) {
        getStyleClass().add("main-window");
        tree.setId("design-outline");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new OutlineCell());
        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(viewModel.statusProperty());
        setCenter(tree);
        setBottom(status);
        viewModel.outline().addListener((ListChangeListener<OutlineNode>) c -> rebuild(viewModel));
        rebuild(viewModel);
    }

    private void rebuild(DesignOverviewViewModel viewModel) {
        tree.getRoot().getChildren().clear();
        for (OutlineNode zone : viewModel.outline()) {
            tree.getRoot().getChildren().add(item(zone));
        }
    }

    private static TreeItem<OutlineNode> item(OutlineNode node) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        for (OutlineNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }
}
