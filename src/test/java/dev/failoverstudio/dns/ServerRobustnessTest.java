package dev.failoverstudio.dns;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.model.Design;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage never stops the server: 120,000 seeded random and mutated datagrams plus malformed TCP streams, after
 * which it still answers correctly, every reply it sent was a well-formed DNS response, and its threads and
 * sockets stayed within their bounds and are all gone after {@link DnsServer#close()}.
 */
class ServerRobustnessTest {

    private static final long SEED = 20261206L;
    private static final int DATAGRAMS = 120_000;
    private static final int TCP_CONNECTIONS = 300;

    private static final List<String> NAMES = List.of("www.example.com.", "geo.example.com.", "alias.example.com.",
            "big.example.com.", "nope.example.com.", "host.child.example.com.", "b.example.com.", "example.com.",
            "www.example.org.", "x.y.z.example.com.");
    private static final int[] TYPES = {Type.A, Type.AAAA, Type.TXT, Type.CNAME, Type.NS, Type.SOA, Type.MX,
            Type.ANY, Type.AXFR, Type.OPT, 65_280};

    @Test
    void survivesRandomAndMutatedPacketsWithoutLeaking() throws Exception {
        Services services = Services.create();
        Design design = ServedZones.design(services, ServedZones.FAILOVER);
        warmUp(services, design);
        long fdsBefore = openFileDescriptors();

        DnsServer server = ServedZones.start(services, design);
        int port = server.address().getPort();
        int threadBound = 2 + 1 + 64; // UDP workers, the TCP acceptor, the TCP connection pool
        SplittableRandom random = new SplittableRandom(SEED);
        List<byte[]> seeds = seedQueries(random);

        int replies = fuzzUdp(server.address(), seeds, random);
        assertThat(serverThreads(port)).as("server threads while fuzzing").isLessThanOrEqualTo(threadBound);
        fuzzTcp(server.address(), seeds, random);
        assertThat(serverThreads(port)).as("server threads after TCP garbage").isLessThanOrEqualTo(threadBound);

        // still answering, correctly, over both transports
        SimpleResolver udp = ServedZones.resolver(server);
        Message answer = udp.send(ServedZones.query("www.example.com.", Type.A));
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getSection(Section.ANSWER).get(0).rdataToString()).isEqualTo("192.0.2.10");
        SimpleResolver tcp = ServedZones.resolver(server);
        tcp.setTCP(true);
        assertThat(tcp.send(ServedZones.query("nope.example.com.", Type.A)).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(replies).as("replies received (FORMERR and answers)").isGreaterThan(DATAGRAMS / 2);

        server.close();
        assertThat(serverThreadsOnceSettled(port)).as("server threads after close").isZero();
        try (DatagramSocket u = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
             ServerSocket t = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(u.getLocalPort()).isEqualTo(port); // both sockets were released
            assertThat(t.getLocalPort()).isEqualTo(port);
        }
        if (fdsBefore >= 0) {
            assertThat(openFileDescriptors()).as("open file descriptors after close").isLessThanOrEqualTo(fdsBefore);
        }
    }

    /** Loads every class the exchange needs, so the descriptor count afterwards compares like with like. */
    private static void warmUp(Services services, Design design) throws IOException {
        try (DnsServer server = ServedZones.start(services, design)) {
            ServedZones.resolver(server).send(ServedZones.query("www.example.com.", Type.A));
            SimpleResolver tcp = ServedZones.resolver(server);
            tcp.setTCP(true);
            tcp.send(ServedZones.query("www.example.com.", Type.A));
            try (RawExchange raw = new RawExchange(server.address(), 500)) {
                raw.exchange(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
            }
        }
    }

    private static List<byte[]> seedQueries(SplittableRandom random) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : NAMES) {
            for (int type : TYPES) {
                Message plain = ServedZones.query(name, type);
                seeds.add(plain.toWire());
                Message edns = ServedZones.query(name, type);
                edns.addRecord(new OPTRecord(random.nextInt(0, 5000), 0, 0, 0,
                        new ClientSubnetOption(24, InetAddress.getByName("85.214.0.0"))), Section.ADDITIONAL);
                seeds.add(edns.toWire());
            }
        }
        return seeds;
    }

    /**
     * Sends the datagrams in windows of {@value #WINDOW}, each closed by a valid probe query whose reply is awaited,
     * so the server is never flooded beyond its socket buffers and every reply can be counted. Returns the
     * number of replies to fuzz datagrams; each reply must parse as a DNS response.
     */
    private static int fuzzUdp(InetSocketAddress server, List<byte[]> seeds, SplittableRandom random)
            throws IOException {
        assertThat(server.getAddress().isLoopbackAddress()).isTrue();
        int replies = 0;
        int expected = 0;
        ByteBuffer in = ByteBuffer.allocate(65_535);
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.bind(new InetSocketAddress(server.getAddress(), 0));
            channel.socket().setSoTimeout(5_000);
            for (int i = 0; i < DATAGRAMS; i++) {
                byte[] packet = i % 3 == 0 ? randomPacket(random) : mutate(seeds.get(random.nextInt(seeds.size())),
                        random);
                if (packet.length >= 12 && (packet[2] & 0x80) == 0) {
                    expected++; // a message with a header that is not a response: the server must reply
                }
                channel.send(ByteBuffer.wrap(packet), server);
                if (i % WINDOW == WINDOW - 1 || i == DATAGRAMS - 1) {
                    replies += awaitProbe(channel, server, in, i);
                }
            }
        }
        assertThat(replies).as("a reply to every query-shaped datagram").isEqualTo(expected);
        return replies;
    }

    private static final int WINDOW = 16;

    /** Sends a probe and reads until its reply; returns how many other replies came before it. */
    private static int awaitProbe(DatagramChannel channel, InetSocketAddress server, ByteBuffer in, int sequence)
            throws IOException {
        Message probe = ServedZones.query("probe.example.com.", Type.A);
        int id = sequence & 0xffff;
        probe.getHeader().setID(id);
        channel.send(ByteBuffer.wrap(probe.toWire()), server);
        int count = 0;
        while (true) {
            in.clear();
            java.net.DatagramPacket packet = new java.net.DatagramPacket(in.array(), in.capacity());
            channel.socket().receive(packet); // times out (and fails the test) if the server stopped answering
            Message message = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
            assertThat(message.getHeader().getFlag(Flags.QR)).isTrue();
            if (message.getHeader().getID() == id && message.getQuestion() != null
                    && message.getQuestion().getName().toString().equals("probe.example.com.")) {
                assertThat(message.getRcode()).isEqualTo(Rcode.NXDOMAIN);
                return count;
            }
            count++;
        }
    }

    private static byte[] randomPacket(SplittableRandom random) {
        byte[] packet = new byte[random.nextInt(0, 600)];
        random.nextBytes(packet);
        if (packet.length > 2 && random.nextBoolean()) {
            packet[2] &= 0x7f; // a "query", so that it goes past the QR check more often
        }
        return packet;
    }

    private static byte[] mutate(byte[] seed, SplittableRandom random) {
        byte[] packet = seed.clone();
        switch (random.nextInt(7)) {
            case 0 -> { // flip bits
                for (int k = random.nextInt(1, 8); k > 0; k--) {
                    int at = random.nextInt(packet.length);
                    packet[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> { // overwrite bytes
                for (int k = random.nextInt(1, 6); k > 0; k--) {
                    packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> packet = Arrays.copyOf(packet, random.nextInt(packet.length)); // truncate
            case 3 -> { // append garbage
                byte[] longer = Arrays.copyOf(packet, packet.length + random.nextInt(1, 300));
                for (int i = packet.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                packet = longer;
            }
            case 4 -> { // section counts
                packet[4 + random.nextInt(8)] = (byte) random.nextInt(256);
            }
            case 5 -> { // compression pointer, possibly to itself or past the end
                if (packet.length > 14) {
                    int at = 12 + random.nextInt(packet.length - 13);
                    packet[at] = (byte) (0xC0 | random.nextInt(4));
                    packet[at + 1] = (byte) random.nextInt(256);
                }
            }
            default -> { // opcode, flags and rcode bits
                packet[2] = (byte) (random.nextInt(256) & 0x7f);
                packet[3] = (byte) random.nextInt(256);
            }
        }
        return packet;
    }

    /** Malformed TCP: lengths that lie, frames cut short, garbage frames, idle connections, then a hang-up. */
    private static void fuzzTcp(InetSocketAddress server, List<byte[]> seeds, SplittableRandom random)
            throws IOException {
        for (int c = 0; c < TCP_CONNECTIONS; c++) {
            try (Socket socket = new Socket()) {
                socket.connect(server, 2_000);
                socket.setSoTimeout(2_000);
                OutputStream raw = socket.getOutputStream();
                DataOutputStream out = new DataOutputStream(raw);
                for (int m = random.nextInt(1, 4); m > 0; m--) {
                    byte[] body = random.nextBoolean() ? mutate(seeds.get(random.nextInt(seeds.size())), random)
                            : randomPacket(random);
                    switch (random.nextInt(3)) {
                        case 0 -> { // honest frame
                            out.writeShort(body.length);
                            out.write(body);
                        }
                        case 1 -> { // a length longer than what follows, then hang up
                            out.writeShort(body.length + 100);
                            out.write(body);
                            m = 0;
                        }
                        default -> raw.write(body); // no length prefix at all
                    }
                }
                out.flush();
            } catch (IOException e) {
                // the server may close a connection whose bytes make no sense; that is its right
            }
        }
    }

    /**
     * The server's threads after close, given up to 20 s to finish: close() stops every thread, but on a loaded
     * machine a pool thread may still be unwinding when close returns. A leak never reaches zero.
     */
    private static long serverThreadsOnceSettled(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        long count = serverThreads(port);
        while (count > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            count = serverThreads(port);
        }
        return count;
    }

    private static long serverThreads(int port) {
        String prefix = UdpListener.THREAD_PREFIX + port + "-";
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }

    /** The number of open file descriptors of this process, or -1 where /proc is not available. */
    private static long openFileDescriptors() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> list = Files.list(fds)) {
            return list.count() - 1; // the listing's own descriptor
        }
    }
}
