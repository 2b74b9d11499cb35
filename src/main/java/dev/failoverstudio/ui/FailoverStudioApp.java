package dev.failoverstudio.ui;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.ui.vm.DesignOverviewViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The desktop application: opens the design named on the command line, if any. */
public final class FailoverStudioApp extends Application {

    private DesignOverviewViewModel viewModel;
    private DesignOverviewViewModel.Loaded loaded;

    public static void launchDesktop(String[] args) {
        Application.launch(FailoverStudioApp.class, args);
    }

    /** Runs on the launcher thread, so reading the file never blocks the FX thread. */
    @Override
    public void init() {
        viewModel = new DesignOverviewViewModel(Services.create());
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            loaded = viewModel.load(Path.of(files.get(0)));
        }
    }

    @Override
    public void start(Stage stage) {
        if (loaded != null) {
            viewModel.show(loaded);
        }
        Scene scene = new Scene(new MainWindow(viewModel), 1200, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                FailoverStudioApp.class.getResource("failover-studio.css")).toExternalForm());
        stage.titleProperty().bind(viewModel.titleProperty().concat(" — Failover Studio"));
        stage.setScene(scene);
        stage.show();
    }
}
