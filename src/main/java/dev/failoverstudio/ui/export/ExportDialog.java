package dev.failoverstudio.ui.export;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.Executor;

/** File > Export: the {@link ExportPane} in its own window, following the design while it is open. */
public final class ExportDialog {

    private ExportDialog() {
    }

    /**
     * Opens the export window (not modal, so the design can be edited while the preview follows it).
     *
     * @param owner       the main window
     * @param stylesheets the application's stylesheets (the export pane's own is added)
     */
    public static Stage show(Window owner, ObservableValue<Design> design, Services services, Executor background,
                             List<String> stylesheets) {
        ExportPane pane = new ExportPane(design, services, background);
        Scene scene = new Scene(pane, 900, 680);
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(ExportPane.stylesheet());
        Stage stage = new Stage();
        stage.setTitle("Export design");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setScene(scene);
        stage.setOnHidden(e -> pane.close());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                stage.close(); // Escape closes the dialog, as it does the others
            }
        });
        stage.show();
        return stage;
    }
}
