package dev.failoverstudio.ui;

import dev.failoverstudio.ui.fx.ThemeSwitcher;
import javafx.scene.control.Alert;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The desktop's native file choosers and alerts. */
final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> owner;
    private File lastDirectory;

    FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen(String title) {
        FileChooser chooser = chooser(title);
        File f = chooser.showOpenDialog(owner.get());
        return remember(f);
    }

    /** Opens with a filter for every import format first, as zone files and YAML templates are not JSON. */
    @Override
    public Optional<Path> chooseImport(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("Importable files", "*.json",
                "*.yaml", "*.yml", "*.template", "*.zone", "*.db", "*.txt"));
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseSave(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return remember(f);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner.get());
        ThemeSwitcher.styleLike(alert.getDialogPane(), owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message, false);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message, false);
    }

    @Override
    public void showColumns(String title, String text) {
        show(Alert.AlertType.INFORMATION, title, text, true);
    }

    private void show(Alert.AlertType type, String title, String message, boolean columns) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        ThemeSwitcher.styleLike(alert.getDialogPane(), owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(!columns);
        if (columns) {
            text.getStyleClass().add("dialog-columns");
        }
        text.setMaxWidth(560);
        // Long help pages scroll inside the dialog rather than push its OK button off a 768-pixel-high screen. The
        // dialog takes its content's preferred height, which a maximum height does not bound: the pane's does.
        double tallest = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() * 0.6;
        ScrollPane scroll = new ScrollPane(text) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), tallest);
            }
        };
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.getStyleClass().add("dialog-text");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.showAndWait();
    }
}
