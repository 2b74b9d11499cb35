package dev.failoverstudio.ui.serve.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.io.ImportException;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Serve panel's view model without the FX toolkit: background and UI executors run on the test thread, so
 * starting, publishing and stopping are synchronous. The server is real (loopback, a free port) and is queried
 * with dnsjava's resolver.
 */
class ServeViewModelTest {

    private static final String PRIMARY_WEB = "22222222-bbbb-4000-8000-000000000001";
    private static final String API_PRIMARY = "22222222-bbbb-4000-8000-000000000002";
    private static final String API_SECONDARY = "22222222-bbbb-4000-8000-000000000003";

    private static Services services;
    private static Design sample;

    private SimpleObjectProperty<Design> design;
    private ServeViewModel vm;

    @BeforeAll
    static void loadServices() throws ImportException {
        services = Services.create();
        sample = services.formats().scenarioReader().read(Path.of("samples/active-passive-failover.json")).design();
    }

    @BeforeEach
    void newModel() {
        design = new SimpleObjectProperty<>(sample);
        vm = new ServeViewModel(design, services, Runnable::run, Runnable::run,
                new QueryLogViewModel(QueryLogViewModel.DEFAULT_CAPACITY, 1_000, ZoneOffset.UTC));
        vm.allowAnyFreePort();
    }

    @AfterEach
    void closeModel() {
        vm.close();
    }

    private InetSocketAddress startOnFreePort() {
        vm.portProperty().set("0");
        assertThat(vm.start()).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(ServeState.SERVING);
        return vm.servingAddress();
    }

    private static Message ask(InetSocketAddress server, String name, int type) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(Duration.ofSeconds(5));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    private static List<String> answers(Message response) {
        List<String> values = new ArrayList<>();
        for (Record rr : response.getSection(Section.ANSWER)) {
            values.add(rr.rdataToString());
        }
        return values;
    }

    /** Drains until the log holds {@code count} rows; the server publishes events right after answering. */
    private void drainUntil(int count) throws InterruptedException {
        for (int i = 0; i < 500 && vm.queryLog().rows().size() < count; i++) {
            vm.queryLog().drain();
            Thread.sleep(10);
        }
        assertThat(vm.queryLog().rows()).hasSizeGreaterThanOrEqualTo(count);
    }

    @Test
    void servesTheDesignOnLoopbackAndTheLogShowsTheQuery_R81() throws Exception {
        InetSocketAddress server = startOnFreePort();
        assertThat(server.getAddress().isLoopbackAddress()).isTrue();
        assertThat(vm.statusProperty().get())
                .isEqualTo("Serving example.com. on 127.0.0.1:" + server.getPort() + " (UDP and TCP).");
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.digHintProperty().get()).isEqualTo("dig @127.0.0.1 -p " + server.getPort() + " example.com. A");

        // the primary fails in 7 of 8 checker Regions, so the unchecked secondary (S3 website) answers (R81)
        Message response = ask(server, "www.example.com.", Type.A);
        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answers(response)).containsExactly("203.0.113.80");

        drainUntil(1);
        QueryLogRow row = vm.queryLog().rows().get(0);
        assertThat(row.question()).isEqualTo("www.example.com. A");
        assertThat(row.answer()).contains("203.0.113.80");
        assertThat(row.rcode()).isEqualTo("NOERROR");
        assertThat(row.client()).isEqualTo("127.0.0.1");
        assertThat(row.transport()).isEqualTo("UDP");
        assertThat(row.outcome()).isEqualTo("answer");
        assertThat(row.rule()).isNotBlank();
        assertThat(row.time()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(vm.queryLog().receivedProperty().get()).isEqualTo(1);
        assertThat(vm.queryLog().droppedProperty().get()).isZero();
    }

    @Test
    void changingHealthChangesTheServedAnswerAtOnce_R81() throws Exception {
        InetSocketAddress server = startOnFreePort();
        // both api roles unhealthy: the primary is the last resort (R81)
        assertThat(answers(ask(server, "api.example.com.", Type.A))).containsExactly("192.0.2.20");

        design.set(sample.withHealthSnapshot(sample.healthSnapshot().with(API_SECONDARY, HealthObservation.PASSING)));
        assertThat(answers(ask(server, "api.example.com.", Type.A))).containsExactly("198.51.100.20");

        design.set(design.get().withHealthSnapshot(
                design.get().healthSnapshot().with(API_PRIMARY, HealthObservation.PASSING)));
        assertThat(answers(ask(server, "api.example.com.", Type.A))).containsExactly("192.0.2.20");

        // and the web tier fails back to its primary once every checker sees it healthy
        design.set(design.get().withHealthSnapshot(
                design.get().healthSnapshot().with(PRIMARY_WEB, HealthObservation.PASSING)));
        // both values of the primary, in random order (R29)
        assertThat(answers(ask(server, "www.example.com.", Type.A)))
                .containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
        assertThat(vm.statusProperty().get()).startsWith("Serving example.com.");
    }

    @Test
    void aPortInUseIsReportedInWords() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            vm.portProperty().set(String.valueOf(taken.getLocalPort()));
            assertThat(vm.start()).isTrue(); // the attempt was made; it failed on the background executor
            assertThat(vm.stateProperty().get()).isEqualTo(ServeState.STOPPED);
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.statusProperty().get()).isEqualTo("Cannot serve on 127.0.0.1:" + taken.getLocalPort()
                    + ": port " + taken.getLocalPort() + " is already in use on 127.0.0.1 (another DNS server?)."
                    + " Choose another port.");
        }
        // the port is free again: the same model serves
        startOnFreePort();
        assertThat(vm.failedProperty().get()).isFalse();
    }

    @Test
    void portAndAddressAreValidatedBeforeAnythingBinds() {
        ServeViewModel strict = new ServeViewModel(design, services, Runnable::run, Runnable::run);
        try {
            assertThat(strict.addressProperty().get()).isEqualTo("127.0.0.1");
            assertThat(strict.portProperty().get()).isEqualTo("8053");
            assertThat(strict.portProblemProperty().get()).isEmpty();
            for (String bad : List.of("0", "65536", "-1", "80a", "", "123456")) {
                strict.portProperty().set(bad);
                assertThat(strict.portProblemProperty().get()).as(bad).isEqualTo("the port must be a number from 1 to 65535");
            }
            strict.portProperty().set("65535");
            assertThat(strict.portProblemProperty().get()).isEmpty();
            strict.portProperty().set("1");
            assertThat(strict.portProblemProperty().get()).isEmpty();

            strict.addressProperty().set("www.example.com");
            assertThat(strict.addressProblemProperty().get()).isEqualTo("not an IP address: www.example.com");
            strict.portProperty().set("99999");
            assertThat(strict.start()).isFalse();
            assertThat(strict.stateProperty().get()).isEqualTo(ServeState.STOPPED);
            assertThat(strict.statusProperty().get()).isEqualTo("Cannot serve: not an IP address: www.example.com;"
                    + " the port must be a number from 1 to 65535.");
            for (String good : List.of("::1", "[::1]", "localhost", "10.1.2.3", " 127.0.0.1 ")) {
                strict.addressProperty().set(good);
                assertThat(strict.addressProblemProperty().get()).as(good).isEmpty();
            }
        } finally {
            strict.close();
        }
    }

    @Test
    void anAddressBeyondLoopbackIsServedOnlyAfterConfirmation() {
        List<String> asked = new ArrayList<>();
        vm.setBindConfirmation((request, question) -> {
            asked.add(question);
            return false;
        });
        vm.addressProperty().set("0.0.0.0");
        vm.portProperty().set("0");
        assertThat(vm.start()).isFalse();
        assertThat(asked).singleElement().asString().contains("0.0.0.0").contains("every network interface");
        assertThat(vm.stateProperty().get()).isEqualTo(ServeState.STOPPED);
        assertThat(vm.statusProperty().get()).isEqualTo("Not serving: serving on 0.0.0.0 was not confirmed.");

        // loopback is never asked about
        vm.addressProperty().set("127.0.0.1");
        startOnFreePort();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aConfirmedAddressThisMachineDoesNotHaveIsReportedInWords() {
        vm.setBindConfirmation((request, question) -> true);
        vm.addressProperty().set("192.0.2.1"); // TEST-NET-1: never assigned to this machine
        vm.portProperty().set("0");
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(ServeState.STOPPED);
        assertThat(vm.statusProperty().get()).isEqualTo("Cannot serve on 192.0.2.1:0: this machine has no address"
                + " 192.0.2.1.");
    }

    @Test
    void withoutADesignThereIsNothingToServe() {
        design.set(null);
        vm.portProperty().set("0");
        assertThat(vm.start()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo(ServeState.STOPPED);
        assertThat(vm.statusProperty().get()).isEqualTo("Nothing to serve: no design is open.");
        design.set(sample);
        assertThat(vm.start()).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(ServeState.SERVING);
    }

    @Test
    void stopAndCloseReleaseThePort() throws Exception {
        InetSocketAddress server = startOnFreePort();
        vm.toggle();
        assertThat(vm.stateProperty().get()).isEqualTo(ServeState.STOPPED);
        assertThat(vm.statusProperty().get()).isEqualTo("Not serving (stopped).");
        try (DatagramSocket again = new DatagramSocket(server)) {
            assertThat(again.getLocalPort()).isEqualTo(server.getPort());
        }
        vm.toggle();
        InetSocketAddress second = vm.servingAddress();
        vm.close();
        assertThat(vm.stateProperty().get()).isEqualTo(ServeState.STOPPED);
        try (DatagramSocket again = new DatagramSocket(second)) {
            assertThat(again.getLocalPort()).isEqualTo(second.getPort());
        }
        assertThat(vm.start()).isFalse(); // closed for good
    }
}
