package dev.failoverstudio.dns;

import dev.failoverstudio.app.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Protocol errors: each gets the response RFC 1035 / 6891 / 7871 ask for, or none, and the server goes on. */
class MalformedQueryTest {

    private static DnsServer server;

    @BeforeAll
    static void startServer() throws IOException {
        Services services = Services.create();
        server = ServedZones.start(services, ServedZones.design(services, ServedZones.FAILOVER));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static Message exchange(byte[] packet) throws IOException {
        try (RawExchange raw = new RawExchange(server.address(), 2_000)) {
            Optional<byte[]> reply = raw.exchange(packet);
            assertThat(reply).as("a reply").isPresent();
            return new Message(reply.get());
        }
    }

    private static Optional<byte[]> exchangeExpectingSilence(byte[] packet) throws IOException {
        try (RawExchange raw = new RawExchange(server.address(), 300)) {
            return raw.exchange(packet);
        }
    }

    @Test
    void unparsableMessageGetsFormerrWithItsId() throws IOException {
        byte[] packet = ServedZones.query("www.example.com.", Type.A).toWire();
        packet[5] = 3; // claims three questions but holds one
        int id = ((packet[0] & 0xff) << 8) | (packet[1] & 0xff);
        Message response = exchange(packet);
        assertThat(response.getHeader().getID()).isEqualTo(id);
        assertThat(response.getRcode()).isEqualTo(Rcode.FORMERR);
        assertThat(response.getHeader().getFlag(Flags.QR)).isTrue();
    }

    @Test
    void twoQuestionsGetFormerr() throws IOException {
        Message query = ServedZones.query("www.example.com.", Type.A);
        query.addRecord(Record.newRecord(Name.fromString("geo.example.com."), Type.A, DClass.IN), Section.QUESTION);
        assertThat(exchange(query.toWire()).getRcode()).isEqualTo(Rcode.FORMERR);
    }

    @Test
    void otherOpcodesAreNotImplemented() throws IOException {
        for (int opcode : new int[] {Opcode.IQUERY, Opcode.STATUS, Opcode.NOTIFY, Opcode.UPDATE}) {
            Message query = ServedZones.query("www.example.com.", Type.A);
            query.getHeader().setOpcode(opcode);
            Message response = exchange(query.toWire());
            assertThat(response.getRcode()).as(Opcode.string(opcode)).isEqualTo(Rcode.NOTIMP);
            assertThat(response.getHeader().getOpcode()).isEqualTo(opcode);
        }
    }

    @Test
    void ednsVersionOtherThanZeroGetsBadvers() throws IOException {
        Message query = ServedZones.query("www.example.com.", Type.A);
        query.addRecord(new OPTRecord(1232, 0, 1, 0), Section.ADDITIONAL);
        Message response = exchange(query.toWire());
        assertThat(response.getRcode()).isEqualTo(Rcode.BADVERS);
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
    }

    /** A query for geo.example.com A with an ECS option for 85.214.0.0/24; the source length is its last-but-3 byte. */
    private static byte[] ecsQuery() throws IOException {
        Message query = ServedZones.query("geo.example.com.", Type.A);
        query.addRecord(new OPTRecord(1232, 0, 0, 0,
                new ClientSubnetOption(24, java.net.InetAddress.getByName("85.214.0.0"))), Section.ADDITIONAL);
        byte[] wire = query.toWire();
        // option data: family (2), source (1), scope (1), 3 address bytes for a /24
        assertThat(wire[wire.length - 5]).isEqualTo((byte) 24);
        return wire;
    }

    @Test
    void ecsSourceLongerThanTheAddressGetsFormerr_Rfc7871() throws IOException {
        byte[] wire = ecsQuery();
        wire[wire.length - 5] = 33;
        assertThat(exchange(wire).getRcode()).isEqualTo(Rcode.FORMERR);
    }

    @Test
    void ecsSourceZeroIsAnUnlocatedClientWithScopeZero_Rfc7871_R104() throws IOException {
        Message query = ServedZones.query("geo.example.com.", Type.A);
        query.addRecord(new OPTRecord(1232, 0, 0, 0,
                new ClientSubnetOption(0, java.net.InetAddress.getByName("0.0.0.0"))), Section.ADDITIONAL);
        Message response = exchange(query.toWire());
        assertThat(response.getSection(Section.ANSWER).get(0).rdataToString()).isEqualTo("203.0.113.1");
        ClientSubnetOption echoed = (ClientSubnetOption) response.getOPT()
                .getOptions(org.xbill.DNS.EDNSOption.Code.CLIENT_SUBNET).get(0);
        assertThat(echoed.getSourcePrefixLength()).isZero();
        assertThat(echoed.getScopePrefixLength()).isZero();
    }

    @Test
    void classOtherThanInternetIsRefused() throws IOException {
        Message query = Message.newQuery(Record.newRecord(Name.fromString("www.example.com."), Type.A, DClass.CH));
        assertThat(exchange(query.toWire()).getRcode()).isEqualTo(Rcode.REFUSED);
    }

    @Test
    void responsesAndRuntPacketsAreNeverAnswered() throws IOException {
        Message query = ServedZones.query("www.example.com.", Type.A);
        query.getHeader().setFlag(Flags.QR);
        assertThat(exchangeExpectingSilence(query.toWire())).isEmpty();
        assertThat(exchangeExpectingSilence(new byte[] {1, 2, 3})).isEmpty();
        assertThat(exchangeExpectingSilence(new byte[0])).isEmpty();
        // and the server still answers
        assertThat(exchange(ServedZones.query("www.example.com.", Type.A).toWire()).getRcode())
                .isEqualTo(Rcode.NOERROR);
    }

    @Test
    void unknownTypesInTheZoneGetNodata_R23() throws IOException {
        Message response = exchange(ServedZones.query("www.example.com.", 65_280).toWire());
        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void oddLabelBytesAreAnsweredNotCrashedOn() throws IOException {
        Message response = exchange(ServedZones.query("a\\000\\.b.example.com.", Type.A).toWire());
        assertThat(response.getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }
}
