package dev.failoverstudio.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public final class FailoverStudioApp extends Application {

    public static void launchDesktop(String[] args) {
        Application.launch(FailoverStudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Failover Studio"));
        stage.setTitle("Failover Studio");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }
}
