package dev.failoverstudio.dns;

import dev.failoverstudio.app.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The server over UDP and TCP, queried with dnsjava's resolver on an ephemeral loopback port. */
class DnsServerTest {

    private static Services services;
    private static DnsServer server;

    @BeforeAll
    static void startServer() throws IOException {
        services = Services.create();
        server = ServedZones.start(services, ServedZones.design(services, ServedZones.FAILOVER));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static Message ask(String name, int type) throws IOException {
        return ServedZones.resolver(server).send(ServedZones.query(name, type));
    }

    private static List<String> values(Message response, int section) {
        List<String> values = new ArrayList<>();
        for (Record rr : response.getSection(section)) {
            values.add(rr.rdataToString());
        }
        return values;
    }

    @Test
    void bindsLoopbackOnAnEphemeralPort() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.address().getPort()).isPositive();
    }

    @Test
    void positiveAnswerIsAuthoritativeWithTheZoneNsInAuthority_R81_R31() throws IOException {
        Message response = ask("www.example.com.", Type.A);
        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(response.getHeader().getFlag(Flags.QR)).isTrue();
        List<Record> answers = response.getSection(Section.ANSWER);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0)).isInstanceOf(ARecord.class);
        assertThat(answers.get(0).getName().toString()).isEqualTo("www.example.com.");
        assertThat(answers.get(0).rdataToString()).isEqualTo("192.0.2.10");
        assertThat(answers.get(0).getTTL()).isEqualTo(60);
        assertThat(response.getSection(Section.AUTHORITY)).allMatch(rr -> rr instanceof NSRecord).hasSize(2);
    }

    @Test
    void tcpGivesTheSameAnswer() throws IOException {
        SimpleResolver resolver = ServedZones.resolver(server);
        resolver.setTCP(true);
        Message response = resolver.send(ServedZones.query("www.example.com.", Type.A));
        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(values(response, Section.ANSWER)).containsExactly("192.0.2.10");
    }

    @Test
    void nxdomainCarriesTheSoaWithTheNegativeTtl_R24_R181() throws IOException {
        Message response = ask("nope.example.com.", Type.A);
        assertThat(response.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
        List<Record> authority = response.getSection(Section.AUTHORITY);
        assertThat(authority).hasSize(1);
        SOARecord soa = (SOARecord) authority.get(0);
        assertThat(soa.getName().toString()).isEqualTo("example.com.");
        // the lesser of the SOA TTL (900) and its MINIMUM field (300)
        assertThat(soa.getTTL()).isEqualTo(300);
        assertThat(soa.getMinimum()).isEqualTo(300);
    }

    @Test
    void nodataForAMissingTypeAndForAnEmptyNonTerminal_R22_R23() throws IOException {
        for (Message response : List.of(ask("www.example.com.", Type.TXT), ask("b.example.com.", Type.A))) {
            assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(response.getSection(Section.ANSWER)).isEmpty();
            assertThat(response.getSection(Section.AUTHORITY)).singleElement().isInstanceOf(SOARecord.class);
            assertThat(response.getSection(Section.AUTHORITY).get(0).getTTL()).isEqualTo(300);
        }
    }

    @Test
    void namesOutsideTheZoneAreRefused_R20_A2() throws IOException {
        Message response = ask("www.example.org.", Type.A);
        assertThat(response.getRcode()).isEqualTo(Rcode.REFUSED);
        assertThat(response.getHeader().getFlag(Flags.AA)).isFalse();
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void cnameAnswersEveryTypeWithTheCnameOnly_R161_A3() throws IOException {
        Message response = ask("alias.example.com.", Type.A);
        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        List<Record> answers = response.getSection(Section.ANSWER);
        assertThat(answers).singleElement().isInstanceOf(CNAMERecord.class);
        assertThat(((CNAMERecord) answers.get(0)).getTarget().toString()).isEqualTo("www.example.com.");
        assertThat(answers.get(0).getTTL()).isEqualTo(300);
        // A3: what the chain leads to inside the zone, for the same client, in the additional section
        assertThat(response.getSection(Section.ADDITIONAL)).singleElement().satisfies(rr -> {
            assertThat(rr.getName().toString()).isEqualTo("www.example.com.");
            assertThat(rr.rdataToString()).isEqualTo("192.0.2.10");
        });
        assertThat(ask("alias.example.com.", Type.TXT).getSection(Section.ADDITIONAL)).isEmpty();
    }

    @Test
    void delegationGetsANonAuthoritativeReferral_R21() throws IOException {
        Message response = ask("host.child.example.com.", Type.A);
        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(response.getHeader().getFlag(Flags.AA)).isFalse();
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
        assertThat(values(response, Section.AUTHORITY)).containsExactly("ns1.child-dns.example.net.");
    }

    @Test
    void anyIsNotImplemented_R32() throws IOException {
        assertThat(ask("www.example.com.", Type.ANY).getRcode()).isEqualTo(Rcode.NOTIMP);
    }

    @Test
    void ecsLocatesTheClientAndIsEchoedWithItsScope_R170_R173() throws IOException {
        SimpleResolver resolver = ServedZones.resolver(server);
        resolver.setEDNS(0, 1232, 0, List.of(new ClientSubnetOption(24, InetAddress.getByName("85.214.0.0"))));
        Message response = resolver.send(ServedZones.query("geo.example.com.", Type.A));
        assertThat(values(response, Section.ANSWER)).containsExactly("192.0.2.49");
        ClientSubnetOption echoed = echoedSubnet(response);
        assertThat(echoed.getAddress()).isEqualTo(InetAddress.getByName("85.214.0.0"));
        assertThat(echoed.getSourcePrefixLength()).isEqualTo(24);
        // the zone routes by location: the answer is valid for the whole /24 the resolver sent
        assertThat(echoed.getScopePrefixLength()).isEqualTo(24);
    }

    @Test
    void withoutEcsTheSourceAddressLocatesTheClient_R170_R104() throws IOException {
        // 127.0.0.1 is in no country: the geolocation default answers
        assertThat(values(ask("geo.example.com.", Type.A), Section.ANSWER)).containsExactly("203.0.113.1");
    }

    @Test
    void ecsScopeIsZeroWhenTheZoneDoesNotRouteByLocation() throws IOException {
        try (DnsServer plain = ServedZones.start(services,
                ServedZones.design(services, ServedZones.NO_LOCATION_ROUTING))) {
            SimpleResolver resolver = ServedZones.resolver(plain);
            resolver.setEDNS(0, 1232, 0, List.of(new ClientSubnetOption(24, InetAddress.getByName("85.214.0.0"))));
            Message response = resolver.send(ServedZones.query("api.example.com.", Type.A));
            assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(echoedSubnet(response).getSourcePrefixLength()).isEqualTo(24);
            assertThat(echoedSubnet(response).getScopePrefixLength()).isZero();
        }
    }

    @Test
    void ipv6SubnetIsEchoedWithItsOwnLength_R170() throws IOException {
        SimpleResolver resolver = ServedZones.resolver(server);
        resolver.setEDNS(0, 1232, 0, List.of(new ClientSubnetOption(56, InetAddress.getByName("2001:db8::"))));
        Message response = resolver.send(ServedZones.query("geo.example.com.", Type.A));
        // a documentation prefix is in no country: the default record answers (R104)
        assertThat(values(response, Section.ANSWER)).containsExactly("203.0.113.1");
        assertThat(echoedSubnet(response).getFamily()).isEqualTo(2);
        assertThat(echoedSubnet(response).getSourcePrefixLength()).isEqualTo(56);
        assertThat(echoedSubnet(response).getScopePrefixLength()).isEqualTo(56);
    }

    @Test
    void servesOnIpv6Loopback() throws IOException {
        InetAddress v6 = InetAddress.getByName("::1");
        try (DnsServer onV6 = services.dnsServer(DnsServerConfig.on(v6, 0),
                ServedZones.design(services, ServedZones.FAILOVER))) {
            onV6.start();
            assertThat(onV6.address().getAddress()).isEqualTo(v6);
            for (boolean tcp : new boolean[] {false, true}) {
                SimpleResolver resolver = ServedZones.resolver(onV6);
                resolver.setTCP(tcp);
                assertThat(values(resolver.send(ServedZones.query("www.example.com.", Type.A)), Section.ANSWER))
                        .containsExactly("192.0.2.10");
            }
        }
    }

    private static ClientSubnetOption echoedSubnet(Message response) {
        OPTRecord opt = response.getOPT();
        assertThat(opt).isNotNull();
        List<EDNSOption> options = opt.getOptions(EDNSOption.Code.CLIENT_SUBNET);
        assertThat(options).hasSize(1);
        return (ClientSubnetOption) options.get(0);
    }

    @Test
    void oversizedUdpAnswerIsTruncatedAndComesWholeOverTcp_R30() throws IOException {
        SimpleResolver udpOnly = ServedZones.resolver(server);
        udpOnly.setIgnoreTruncation(true);
        Message truncated = udpOnly.send(ServedZones.query("big.example.com.", Type.TXT));
        assertThat(truncated.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(truncated.getSection(Section.ANSWER)).isEmpty();

        SimpleResolver edns = ServedZones.resolver(server);
        edns.setEDNS(0, 1232, 0, List.of());
        edns.setIgnoreTruncation(true);
        assertThat(edns.send(ServedZones.query("big.example.com.", Type.TXT)).getHeader().getFlag(Flags.TC)).isTrue();

        // the resolver follows TC by retrying over TCP, as a stub or recursive resolver does
        SimpleResolver following = ServedZones.resolver(server);
        Message whole = following.send(ServedZones.query("big.example.com.", Type.TXT));
        assertThat(whole.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(whole.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(whole.getSection(Section.ANSWER)).hasSize(30);
    }

    @Test
    void ednsPayloadSizeSetsTheUdpLimitUpTo4096_R30() throws IOException {
        // medium.example.com TXT is about 2.1 kB, big.example.com TXT about 6.3 kB
        assertThat(truncatedOverUdp("medium.example.com.", -1)).isTrue();
        assertThat(truncatedOverUdp("medium.example.com.", 1232)).isTrue();
        assertThat(truncatedOverUdp("medium.example.com.", 4096)).isFalse();
        assertThat(truncatedOverUdp("big.example.com.", 65_000)).as("Route 53 sends at most 4096 bytes").isTrue();
    }

    private static boolean truncatedOverUdp(String name, int payload) throws IOException {
        SimpleResolver resolver = ServedZones.resolver(server);
        if (payload > 0) {
            resolver.setEDNS(0, payload, 0, List.of());
        }
        resolver.setIgnoreTruncation(true);
        Message response = resolver.send(ServedZones.query(name, Type.TXT));
        assertThat(response.getSection(Section.ANSWER)).hasSize(response.getHeader().getFlag(Flags.TC) ? 0 : 10);
        return response.getHeader().getFlag(Flags.TC);
    }

    @Test
    void healthChangeFlipsTheNextAnswer_R81() throws IOException {
        try (DnsServer flipping = ServedZones.start(services,
                ServedZones.design(services, ServedZones.FAILOVER))) {
            SimpleResolver resolver = ServedZones.resolver(flipping);
            assertThat(values(resolver.send(ServedZones.query("www.example.com.", Type.A)), Section.ANSWER))
                    .containsExactly("192.0.2.10");
            flipping.publish(services.servedDesign(ServedZones.failoverWithPrimaryDown(services)));
            assertThat(values(resolver.send(ServedZones.query("www.example.com.", Type.A)), Section.ANSWER))
                    .containsExactly("198.51.100.10");
        }
    }

    @Test
    void queryLogStreamsAnsweredQueries() throws IOException {
        try (QueryLog.Subscription log = server.queryLog().subscribe(16)) {
            ask("www.example.com.", Type.A);
            ask("nope.example.com.", Type.A);
            List<QueryEvent> events = new ArrayList<>();
            log.drainTo(events, 100);
            assertThat(events).hasSize(2);
            QueryEvent first = events.get(0);
            assertThat(first.client()).isEqualTo("127.0.0.1");
            assertThat(first.question()).isEqualTo("www.example.com. A");
            assertThat(first.rcode()).isEqualTo("NOERROR");
            assertThat(first.answer()).isEqualTo("192.0.2.10");
            assertThat(first.rule()).isEqualTo("R81");
            assertThat(first.subnet()).isNull();
            assertThat(events.get(1).rcode()).isEqualTo("NXDOMAIN");
            assertThat(events.get(1).rule()).isEqualTo("R24");
        }
    }

    @Test
    void aFullQueryLogDropsAndCountsInsteadOfBlocking() throws IOException {
        try (QueryLog.Subscription log = server.queryLog().subscribe(2)) {
            for (int i = 0; i < 5; i++) {
                ask("www.example.com.", Type.A);
            }
            List<QueryEvent> events = new ArrayList<>();
            log.drainTo(events, 100);
            assertThat(events).hasSize(2);
            assertThat(log.dropped()).isEqualTo(3);
        }
    }
}
