package dev.failoverstudio.ui.serve;

import dev.failoverstudio.ui.FailoverStudioApp;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.ui.serve.vm.QueryLogRow;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Serve panel mounted headless: the toggle serves, the log fills, the filter filters, errors are shown. */
@ExtendWith(ApplicationExtension.class)
class ServePanelTest {

    private static final String API_SECONDARY = "22222222-bbbb-4000-8000-000000000003";

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "serve-panel-test");
        t.setDaemon(true);
        return t;
    });
    private SimpleObjectProperty<Design> design;
    private ServePanel panel;

    @Start
    void start(Stage stage) throws Exception {
        Services services = Services.create();
        design = new SimpleObjectProperty<>(services.formats().scenarioReader()
                .read(Path.of("samples/active-passive-failover.json")).design());
        panel = new ServePanel(design, services, background);
        Scene scene = FailoverStudioApp.scene(panel, 1100, 600);
        scene.getStylesheets().add(ServePanel.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closePanel(FxRobot robot) {
        robot.interact(panel::close);
        background.shutdownNow();
    }

    /** A port free for UDP and TCP on loopback right now (the panel does not take 0). */
    private static int freePort() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                 ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, InetAddress.getLoopbackAddress())) {
                return tcp.getLocalPort();
            } catch (java.io.IOException taken) {
                // the UDP port was taken for TCP: try another
            }
        }
        throw new IllegalStateException("no free port");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static Message ask(int port, String name) throws Exception {
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        resolver.setTimeout(Duration.ofSeconds(5));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), Type.A, DClass.IN)));
    }

    private static boolean has(FxRobot robot, String id, String pseudoClass) {
        return robot.lookup(id).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theToggleServesTheDesignAndTheLogShowsEachQuery_R81(FxRobot robot) throws Exception {
        int port = freePort();
        robot.interact(() -> robot.lookup("#serve-port").queryAs(TextField.class).setText(String.valueOf(port)));
        robot.clickOn("#serve-toggle");
        waitFor(() -> text(robot, "#serve-status").startsWith("Serving"));
        assertThat(text(robot, "#serve-status")).isEqualTo("Serving example.com. on 127.0.0.1:" + port
                + " (UDP and TCP).");
        assertThat(has(robot, "#serve-status", "serving")).isTrue();
        assertThat(robot.lookup("#serve-port").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#serve-dig").queryAs(TextField.class).getText())
                .isEqualTo("dig @127.0.0.1 -p " + port + " example.com. A");

        // both api roles are unhealthy: the primary is the last resort (R81)
        assertThat(ask(port, "api.example.com.").getSection(Section.ANSWER).get(0).rdataToString())
                .isEqualTo("192.0.2.20");
        ask(port, "nothing.example.com.");
        TableView<QueryLogRow> table = robot.lookup("#query-log").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(QueryLogRow::question)
                .containsExactly("nothing.example.com. A", "api.example.com. A");
        assertThat(table.getItems().get(1).answer()).isEqualTo("192.0.2.20");
        assertThat(table.getItems().get(0).rcode()).isEqualTo("NXDOMAIN");
        assertThat(text(robot, "#serve-log-counts")).isEqualTo("2 shown · 2 received · 0 dropped");

        // the secondary recovers in the design: the next answer comes from it
        robot.interact(() -> design.set(design.get().withHealthSnapshot(
                design.get().healthSnapshot().with(API_SECONDARY, HealthObservation.PASSING))));
        waitFor(() -> "198.51.100.20".equals(
                ask(port, "api.example.com.").getSection(Section.ANSWER).get(0).rdataToString()));

        robot.clickOn("#serve-filter").write("nxdomain");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).question()).isEqualTo("nothing.example.com. A");
        robot.interact(() -> robot.lookup("#serve-filter").queryAs(TextField.class).clear());

        robot.clickOn("#serve-clear");
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#serve-toggle");
        waitFor(() -> text(robot, "#serve-status").equals("Not serving (stopped)."));
        assertThat(robot.lookup("#serve-port").queryAs(TextField.class).isDisabled()).isFalse();
    }

    @Test
    void anInvalidPortIsMarkedAndNothingStarts(FxRobot robot) {
        robot.interact(() -> robot.lookup("#serve-port").queryAs(TextField.class).setText("70000"));
        assertThat(has(robot, "#serve-port", "invalid")).isTrue();
        assertThat(text(robot, "#serve-field-problems")).isEqualTo("the port must be a number from 1 to 65535");
        robot.clickOn("#serve-toggle");
        assertThat(text(robot, "#serve-status")).isEqualTo("Cannot serve: the port must be a number from 1 to 65535.");
        assertThat(has(robot, "#serve-status", "failed")).isTrue();
        robot.interact(() -> robot.lookup("#serve-port").queryAs(TextField.class).setText("8053"));
        assertThat(has(robot, "#serve-port", "invalid")).isFalse();
    }

    @Test
    void aBusyPortIsReportedInTheStatusLine(FxRobot robot) throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            robot.interact(() -> robot.lookup("#serve-port").queryAs(TextField.class).setText(String.valueOf(port)));
            robot.clickOn("#serve-toggle");
            waitFor(() -> text(robot, "#serve-status").startsWith("Cannot serve"));
            assertThat(text(robot, "#serve-status")).contains("port " + port + " is already in use");
            assertThat(has(robot, "#serve-status", "failed")).isTrue();
            assertThat(robot.lookup("#serve-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                    .isFalse();
        }
    }

    @Test
    void servingBeyondLoopbackAsksFirst(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#serve-address").queryAs(TextField.class).setText("0.0.0.0"));
        robot.clickOn("#serve-toggle");
        waitFor(() -> robot.lookup("Serve on 0.0.0.0").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("every network interface");
        robot.clickOn("Cancel");
        waitFor(() -> text(robot, "#serve-status").equals("Not serving: serving on 0.0.0.0 was not confirmed."));
        assertThat(robot.lookup("#serve-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isFalse();
    }
}
