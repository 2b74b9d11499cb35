package dev.failoverstudio.ui.serve.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.ImportException;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The query log ring: bounded rows, newest first, dropped count, pause, clear and filter, fed by a real server. */
class QueryLogViewModelTest {

    private static Services services;
    private static Design sample;

    @BeforeAll
    static void loadServices() throws ImportException {
        services = Services.create();
        sample = services.formats().scenarioReader().read(Path.of("samples/active-passive-failover.json")).design();
    }

    private static final class Fixture implements AutoCloseable {
        final QueryLogViewModel log;
        final ServeViewModel serve;
        final SimpleResolver resolver;

        Fixture(int rows, int buffer) {
            log = new QueryLogViewModel(rows, buffer, ZoneOffset.UTC);
            serve = new ServeViewModel(new SimpleObjectProperty<>(sample), services, Runnable::run, Runnable::run, log);
            serve.allowAnyFreePort();
            serve.portProperty().set("0");
            serve.start();
            InetSocketAddress address = serve.servingAddress();
            resolver = new SimpleResolver(address);
            resolver.setTimeout(Duration.ofSeconds(5));
        }

        void ask(String name) throws IOException {
            resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), Type.A, DClass.IN)));
        }

        /** Drains until {@code received} events were taken (events follow the answers by a moment). */
        void drainUntilReceived(long received) throws InterruptedException {
            for (int i = 0; i < 500 && log.receivedProperty().get() < received; i++) {
                log.drain();
                Thread.sleep(10);
            }
            assertThat(log.receivedProperty().get()).isEqualTo(received);
        }

        @Override
        public void close() {
            serve.close();
        }
    }

    @AfterAll
    static void done() {
        services = null;
    }

    @Test
    void keepsOnlyTheNewestRowsNewestFirst() throws Exception {
        try (Fixture f = new Fixture(3, 100)) {
            for (String name : new String[]{"a.example.com.", "b.example.com.", "c.example.com.", "d.example.com.",
                    "e.example.com."}) {
                f.ask(name);
                f.drainUntilReceived(f.log.receivedProperty().get() + 1);
            }
            assertThat(f.log.rows()).extracting(QueryLogRow::question)
                    .containsExactly("e.example.com. A", "d.example.com. A", "c.example.com. A");
            assertThat(f.log.rows()).extracting(QueryLogRow::rcode).containsOnly("NXDOMAIN");
            assertThat(f.log.rows()).extracting(QueryLogRow::outcome).containsOnly("nxdomain");
        }
    }

    @Test
    void aBurstLargerThanTheRingKeepsItsNewestEvents() throws Exception {
        try (Fixture f = new Fixture(2, 100)) {
            for (String name : new String[]{"a.example.com.", "b.example.com.", "c.example.com."}) {
                f.ask(name);
            }
            Thread.sleep(200);
            f.drainUntilReceived(3);
            assertThat(f.log.rows()).extracting(QueryLogRow::question)
                    .containsExactly("c.example.com. A", "b.example.com. A");
        }
    }

    @Test
    void whilePausedNothingMovesAndOverflowIsCountedAsDropped() throws Exception {
        try (Fixture f = new Fixture(100, 4)) {
            f.log.pausedProperty().set(true);
            for (int i = 0; i < 7; i++) {
                f.ask("www.example.com.");
            }
            Thread.sleep(200);
            assertThat(f.log.drain()).isZero();
            assertThat(f.log.rows()).isEmpty();

            f.log.pausedProperty().set(false);
            f.drainUntilReceived(4);
            assertThat(f.log.rows()).hasSize(4);
            assertThat(f.log.droppedProperty().get()).isEqualTo(3);

            f.log.clear();
            assertThat(f.log.rows()).isEmpty();
            assertThat(f.log.droppedProperty().get()).isZero();
            assertThat(f.log.receivedProperty().get()).isZero();
            f.ask("api.example.com.");
            f.drainUntilReceived(1);
            assertThat(f.log.droppedProperty().get()).isZero();
        }
    }

    @Test
    void theFilterMatchesAnyColumnIgnoringCase() throws Exception {
        try (Fixture f = new Fixture(100, 100)) {
            f.ask("www.example.com.");
            f.ask("api.example.com.");
            f.ask("nothing.example.com.");
            f.drainUntilReceived(3);
            f.log.filterProperty().set("API.");
            assertThat(f.log.visibleRows()).extracting(QueryLogRow::question).containsExactly("api.example.com. A");
            f.log.filterProperty().set("nxdomain");
            assertThat(f.log.visibleRows()).extracting(QueryLogRow::question).containsExactly("nothing.example.com. A");
            f.log.filterProperty().set("203.0.113.80");
            assertThat(f.log.visibleRows()).extracting(QueryLogRow::question).containsExactly("www.example.com. A");
            f.log.filterProperty().set("  ");
            assertThat(f.log.visibleRows()).hasSize(3);
        }
    }

    @Test
    void stoppingKeepsTheRowsAndTheLastAnswers() throws Exception {
        try (Fixture f = new Fixture(100, 100)) {
            f.ask("www.example.com.");
            Thread.sleep(200);
            f.serve.stop(); // drains what the stopped server left in the buffer
            assertThat(f.log.rows()).extracting(QueryLogRow::question).containsExactly("www.example.com. A");
            assertThat(f.log.drain()).isZero();
        }
    }
}
