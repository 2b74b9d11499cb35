package dev.failoverstudio.ui.serve.vm;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.dns.DnsServer;
import dev.failoverstudio.dns.DnsServerConfig;
import dev.failoverstudio.dns.ServedDesign;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The Serve panel: starts and stops the embedded DNS server on the address and port the user typed, says where
 * it listens or why it cannot, and keeps it answering from the current design. Every change of the design (an
 * edit, an undo, a health toggle — the simulated health is part of the design) is compiled off the FX thread
 * and published to the running server, which answers from it from the next query on.
 *
 * <p>Threading: properties and methods are for the FX thread. Binding, compiling and stopping run on
 * {@code background}; their outcome comes back through {@code ui} ({@code Platform::runLater} in the
 * application, {@code Runnable::run} in tests, which makes everything synchronous).
 *
 * <p>Call {@link #close()} when the panel goes away or the application exits: it stops the server and waits
 * for its threads.
 */
public final class ServeViewModel implements AutoCloseable {

    public static final String DEFAULT_ADDRESS = "127.0.0.1";

    private final ObservableValue<Design> design;
    private final Services services;
    private final Executor background;
    private final Executor ui;
    private final QueryLogViewModel log;
    private final StringProperty address = new SimpleStringProperty(DEFAULT_ADDRESS);
    private final StringProperty port = new SimpleStringProperty(String.valueOf(DnsServerConfig.DEFAULT_PORT));
    private final ReadOnlyStringWrapper addressProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ServeState> state = new ReadOnlyObjectWrapper<>(ServeState.STOPPED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not serving.");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper digHint = new ReadOnlyStringWrapper("");
    private final ChangeListener<Design> designListener = (obs, before, after) -> designChanged(after);
    /** Numbers design snapshots so an older compile finishing late never replaces a newer one. */
    private final AtomicLong submitted = new AtomicLong();
    private final Object publishLock = new Object();
    private long published;
    private BindConfirmation confirmation = BindConfirmation.REFUSE;
    private int lowestPort = 1;
    private DnsServer server;
    private BindRequest serving;
    private boolean closed;

    /**
     * @param design     the current design (e.g. mapped from the edit history's document); never null-valued
     * @param background runs binding, compiling and stopping (a daemon executor)
     * @param ui         hands results back to the FX thread ({@code Platform::runLater})
     */
    public ServeViewModel(ObservableValue<Design> design, Services services, Executor background, Executor ui) {
        this(design, services, background, ui, new QueryLogViewModel());
    }

    public ServeViewModel(ObservableValue<Design> design, Services services, Executor background, Executor ui,
                          QueryLogViewModel log) {
        this.design = Objects.requireNonNull(design, "design");
        this.services = Objects.requireNonNull(services, "services");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.log = Objects.requireNonNull(log, "log");
        design.addListener(designListener);
        address.addListener((obs, b, a) -> validate());
        port.addListener((obs, b, a) -> validate());
        validate();
    }

    /** Who is asked before serving beyond loopback; the view sets a dialog. Default: refuse. */
    public void setBindConfirmation(BindConfirmation confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
    }

    /** Tests serve on a free port: port 0 becomes acceptable. */
    void allowAnyFreePort() {
        lowestPort = 0;
        validate();
    }

    /** Flips the Serve toggle: starts when stopped, stops when serving; ignored while starting or stopping. */
    public void toggle() {
        if (state.get() == ServeState.STOPPED) {
            start();
        } else if (state.get() == ServeState.SERVING) {
            stop();
        }
    }

    /**
     * Starts serving the current design on the typed address and port. Returns false (and says why in the
     * status) when the fields are invalid or serving beyond loopback was not confirmed.
     */
    public boolean start() {
        if (closed || state.get() != ServeState.STOPPED) {
            return false;
        }
        BindRequest request = BindRequest.parse(address.get(), port.get(), lowestPort).orElse(null);
        if (request == null) {
            fail("Cannot serve: " + String.join("; ", java.util.stream.Stream.of(addressProblem.get(),
                    portProblem.get()).filter(s -> !s.isEmpty()).toList()) + ".");
            return false;
        }
        if (!request.loopback() && !confirmation.confirm(request, question(request))) {
            fail("Not serving: serving on " + request.address().getHostAddress() + " was not confirmed.");
            return false;
        }
        Design current = design.getValue();
        if (current == null) {
            fail("Nothing to serve: no design is open.");
            return false;
        }
        state.set(ServeState.STARTING);
        failed.set(false);
        status.set("Starting on " + request.describe() + "…");
        long snapshot = submitted.incrementAndGet();
        background.execute(() -> {
            DnsServer started = null;
            try {
                started = services.dnsServer(DnsServerConfig.on(request.address(), request.port()), current);
                started.start();
                DnsServer ready = started;
                ui.execute(() -> started(ready, request, current, snapshot));
            } catch (IOException | RuntimeException e) {
                if (started != null) {
                    started.close();
                }
                String words = BindFailure.describe(request, e);
                ui.execute(() -> {
                    state.set(ServeState.STOPPED);
                    fail(words);
                });
            }
        });
        return true;
    }

    private void started(DnsServer started, BindRequest request, Design servedDesign, long snapshot) {
        if (closed) {
            background.execute(started::close);
            return;
        }
        synchronized (publishLock) {
            published = Math.max(published, snapshot);
        }
        server = started;
        InetSocketAddress bound = started.address();
        serving = new BindRequest(bound.getAddress(), bound.getPort());
        log.attach(started.queryLog());
        state.set(ServeState.SERVING);
        failed.set(false);
        status.set(servingText(servedDesign));
        digHint.set(digHint(servedDesign));
        if (design.getValue() != servedDesign) {
            designChanged(design.getValue()); // edited while the server was starting
        }
    }

    /** Stops the server; the log keeps what it showed. */
    public void stop() {
        if (state.get() != ServeState.SERVING) {
            return;
        }
        DnsServer stopping = server;
        server = null;
        log.detach();
        state.set(ServeState.STOPPING);
        status.set("Stopping…");
        background.execute(() -> {
            stopping.close();
            ui.execute(() -> {
                state.set(ServeState.STOPPED);
                if (!failed.get()) {
                    status.set("Not serving (stopped).");
                }
                digHint.set("");
            });
        });
    }

    /** Stops the server and waits for it; the model is unusable afterwards. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        design.removeListener(designListener);
        if (server != null) {
            log.detach();
            server.close();
            server = null;
        }
        state.set(ServeState.STOPPED);
        status.set("Not serving (closed).");
    }

    private void designChanged(Design next) {
        DnsServer target = server;
        if (target == null || next == null) {
            return;
        }
        long mine = submitted.incrementAndGet();
        background.execute(() -> {
            if (submitted.get() != mine) {
                return; // a newer design is on its way
            }
            try {
                ServedDesign snapshot = services.servedDesign(next);
                synchronized (publishLock) {
                    if (mine <= published) {
                        return;
                    }
                    target.publish(snapshot);
                    published = mine;
                }
                ui.execute(() -> {
                    if (server == target) {
                        failed.set(false);
                        status.set(servingText(next));
                        digHint.set(digHint(next));
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (server == target) {
                        fail("Still answering from the previous design: the edited design cannot be served ("
                                + e.getMessage() + ").");
                    }
                });
            }
        });
    }

    private String servingText(Design served) {
        String zones = served.zones().stream().map(HostedZone::origin).map(o -> o.text())
                .collect(Collectors.joining(", "));
        return "Serving " + (zones.isEmpty() ? "no zone" : zones) + " on " + serving.describe()
                + " (UDP and TCP).";
    }

    private String digHint(Design served) {
        String name = served.zones().isEmpty() ? "example.com." : served.zones().get(0).origin().text();
        String host = serving.address().getHostAddress();
        return "dig @" + host + " -p " + serving.port() + " " + name + " A";
    }

    private static String question(BindRequest request) {
        String host = request.address().getHostAddress();
        boolean wildcard = request.address().isAnyLocalAddress();
        return "Serve the simulated design on " + request.describe() + "? "
                + (wildcard ? "This address listens on every network interface, so other machines"
                : "Other machines that can reach " + host)
                + " will be able to query it. Choose 127.0.0.1 to serve this machine only.";
    }

    private void fail(String text) {
        failed.set(true);
        status.set(text);
    }

    private void validate() {
        addressProblem.set(BindRequest.addressProblem(address.get()).orElse(""));
        portProblem.set(BindRequest.portProblem(port.get(), lowestPort).orElse(""));
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty portProperty() {
        return port;
    }

    /** Why the address field is invalid, or empty. */
    public ReadOnlyStringProperty addressProblemProperty() {
        return addressProblem.getReadOnlyProperty();
    }

    /** Why the port field is invalid, or empty. */
    public ReadOnlyStringProperty portProblemProperty() {
        return portProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The bound address and what is served, or why serving failed, in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the status reports a failure (bind error, refused confirmation, invalid field). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** A {@code dig} command line that queries the running server, or empty when not serving. */
    public ReadOnlyStringProperty digHintProperty() {
        return digHint.getReadOnlyProperty();
    }

    /** The address and actual port while serving (port 0 resolved), or null. */
    public InetSocketAddress servingAddress() {
        return serving == null || state.get() != ServeState.SERVING ? null
                : new InetSocketAddress(serving.address(), serving.port());
    }

    public QueryLogViewModel queryLog() {
        return log;
    }
}
