package dev.failoverstudio.ui.ops;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.export.ExportPane;
import dev.failoverstudio.ui.serve.ServePanel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Opens the Serve panel and the export pane side by side over a sample design, serves it on a free port and
 * sends a few queries, for looking at the panels by eye ({@code java ... OpsPanelsPreview [sample.json]}).
 */
public final class OpsPanelsPreview {

    private OpsPanelsPreview() {
    }

    public static void main(String[] args) {
        Application.launch(PreviewApp.class, args); // a plain main class: JavaFX on the class path
    }

    /** The preview window. */
    public static final class PreviewApp extends Application {

    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "preview-background");
        t.setDaemon(true);
        return t;
    });
    private ServePanel serve;

    @Override
    public void start(Stage stage) throws Exception {
        Services services = Services.create();
        String file = getParameters().getUnnamed().isEmpty() ? "samples/active-passive-failover.json"
                : getParameters().getUnnamed().get(0);
        Design design = services.formats().scenarioReader().read(Path.of(file)).design();
        SimpleObjectProperty<Design> current = new SimpleObjectProperty<>(design);
        serve = new ServePanel(current, services, background);
        ExportPane export = new ExportPane(current, services, background);
        export.viewModel().selectFormat(System.getProperty("preview.format", "change-batch"));
        serve.viewModel().queryLog().filterProperty().set(System.getProperty("preview.filter", ""));
        serve.viewModel().queryLog().pausedProperty().set(Boolean.getBoolean("preview.paused"));
        SplitPane split = new SplitPane(serve, export);
        split.setDividerPositions(0.55);
        Scene scene = new Scene(split, 1380, 860);
        scene.getStylesheets().add(ServePanel.stylesheet());
        stage.setScene(scene);
        stage.setTitle("Ops panels preview");
        stage.show();
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        serve.viewModel().portProperty().set(System.getProperty("preview.port", String.valueOf(port)));
        serve.viewModel().start();
        int p = port;
        background.execute(() -> {
            try {
                Thread.sleep(1500);
                SimpleResolver resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
                resolver.setPort(p);
                String[] names = {"www.example.com.", "api.example.com.", "nothing.example.com.", "www.example.com.",
                        "example.org."};
                for (int i = 0; i < 40; i++) {
                    int type = i % 7 == 3 ? Type.TXT : Type.A;
                    resolver.send(Message.newQuery(Record.newRecord(Name.fromString(names[i % names.length]), type,
                            DClass.IN)));
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
    }

    @Override
    public void stop() {
        Platform.runLater(() -> { });
        serve.close();
    }
    }
}
