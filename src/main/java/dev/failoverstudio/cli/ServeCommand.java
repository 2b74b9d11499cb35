package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.dns.DnsServer;
import dev.failoverstudio.dns.DnsServerConfig;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code serve}: answers real DNS queries for a scenario file's design, with its simulated health, until
 * interrupted. The file is watched: when it changes (an edited record set, a flipped {@code healthState}) it is
 * read and validated again and, when it is usable, answers come from it from the next query on; when it is not,
 * the problems are printed and the previous design keeps answering.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Answer DNS queries (UDP and TCP) for a scenario file's design, as Route 53 would, until "
                + "interrupted (Ctrl-C).",
                "The file is read again whenever it changes, so editing its healthState fails answers over."})
final class ServeCommand implements Callable<Integer> {

    static final int BIND_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "scenario file (JSON) holding the design and its health state")
    Path designFile;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; name another address to serve beyond this machine)")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DnsServerConfig.DEFAULT_PORT,
            description = "UDP and TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port)")
    int port;

    @Option(names = "--check-every", paramLabel = "MILLIS", defaultValue = "500", hidden = true,
            description = "how often the file is checked for changes")
    long checkMillis;

    private final Services services;

    ServeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("error: --port must be 0-65535, not " + port);
            return ScenarioFiles.INVALID_INPUT;
        }
        if (checkMillis < 1) {
            err.println("error: --check-every must be positive");
            return ScenarioFiles.INVALID_INPUT;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("error: --bind: no such address: " + bind);
            return ScenarioFiles.INVALID_INPUT;
        }
        FileStamp stamp = FileStamp.of(designFile);
        Optional<Scenario> loaded = new ScenarioFiles(services, err).load(designFile);
        if (loaded.isEmpty()) {
            return ScenarioFiles.INVALID_INPUT;
        }
        DnsServer server = services.dnsServer(DnsServerConfig.on(address, port), loaded.get().design());
        try {
            server.start();
        } catch (IOException e) {
            err.println("error: cannot listen on " + bind + " port " + port + ": " + e.getMessage());
            return BIND_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread serving = Thread.currentThread();
        Thread hook = new Thread(() -> {
            // Ctrl-C or SIGTERM: let the serving thread stop the server and say so before the JVM halts
            stopped.countDown();
            try {
                serving.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.close();
        }, "failover-dns-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("serving " + zones(loaded.get()) + " from " + designFile + " on " + describe(server.address())
                + " (UDP and TCP); reloading on change; Ctrl-C stops");
        out.flush();
        try {
            while (!stopped.await(checkMillis, TimeUnit.MILLISECONDS)) {
                FileStamp now = FileStamp.of(designFile);
                if (!now.equals(stamp)) {
                    stamp = now;
                    reload(server, out, err);
                }
            }
        } catch (InterruptedException e) {
            // interrupted: stop serving and return normally
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down; the hook is running or has run
            }
        }
        out.println("stopped");
        out.flush();
        return 0;
    }

    private void reload(DnsServer server, PrintWriter out, PrintWriter err) {
        Optional<Scenario> next = new ScenarioFiles(services, err).load(designFile);
        if (next.isEmpty()) {
            err.println("error: " + designFile + " was not reloaded; still serving the previous design");
            err.flush();
            return;
        }
        server.publish(services.servedDesign(next.get().design()));
        out.println("reloaded " + designFile);
        out.flush();
    }

    private static String zones(Scenario scenario) {
        return scenario.design().zones().stream().map(HostedZone::origin).map(o -> o.text())
                .collect(Collectors.joining(", "));
    }

    private static String describe(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
