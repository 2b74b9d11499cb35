package dev.failoverstudio.dns;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.resolve.ClientContext;
import dev.failoverstudio.domain.resolve.DnsRecord;
import dev.failoverstudio.domain.resolve.Protocol;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.resolve.Resolution;
import dev.failoverstudio.domain.resolve.TraceStep;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Answers one DNS message: parses it with dnsjava, asks the engine with the current {@link ServedDesign}, and
 * writes the response with dnsjava. Thread-safe and allocation-light; never throws for any input.
 *
 * <ul>
 * <li>Authoritative answers (AA) for names in a served zone; NXDOMAIN and NODATA carry the zone SOA in the
 * authority section with the negative-caching TTL (R23, R24, R31, R181); a referral (R21) is not
 * authoritative; names outside every zone get REFUSED (R20, A2); meta types get NOTIMP (R32).</li>
 * <li>The client is located from the EDNS0 client subnet when the query carries one, else from the source
 * address (R170, R174); the subnet is echoed with a scope prefix length (RFC 7871 §7.2.1): the source length
 * when the zone's answers depend on the client's location, 0 when they do not, and 0 for REFUSED.</li>
 * <li>A CNAME answers alone in the answer section (R161, A3); the in-zone chain it leads to is added to the
 * additional section.</li>
 * <li>Over UDP a response larger than the client's limit (512 bytes, or the EDNS0 payload size it advertised up
 * to 4096)
 * first loses its authority section (RFC 2181 §9) and, if still too large, is sent truncated (TC) with an empty
 * answer so the resolver retries over TCP (R30).</li>
 * <li>A message that cannot be parsed gets FORMERR (when at least its header is readable), an opcode other than
 * QUERY gets NOTIMP, an EDNS version other than 0 gets BADVERS (RFC 6891), and a response is never answered.</li>
 * </ul>
 */
final class QueryHandler {

    /** The UDP payload size this server advertises (the DNS Flag Day 2020 value). */
    static final int SERVER_UDP_PAYLOAD = 1232;
    static final int CLASSIC_UDP_LIMIT = 512;
    static final int EDNS_UDP_LIMIT = 4096;
    private static final int HEADER_LENGTH = 12;
    static final int MAX_CHAIN = 8;

    private final AtomicReference<ServedDesign> snapshot;
    private final QueryLog log;
    private final RecordRenderer renderer = new RecordRenderer();

    QueryHandler(AtomicReference<ServedDesign> snapshot, QueryLog log) {
        this.snapshot = snapshot;
        this.log = log;
    }

    /**
     * The response to {@code length} bytes of {@code wire}, or null when nothing must be sent (fewer bytes than
     * a header, or a message that is itself a response).
     */
    byte[] handle(byte[] wire, int length, InetAddress source, Protocol transport) {
        if (length < HEADER_LENGTH || (wire[2] & 0x80) != 0) {
            return null;
        }
        Message query;
        try {
            query = new Message(ByteBuffer.wrap(wire, 0, length));
        } catch (IOException | RuntimeException e) {
            // dnsjava reports some malformed input unchecked (InvalidTTLException, IllegalArgumentException)
            return headerOnly(wire, Rcode.FORMERR, source, transport);
        }
        try {
            return answer(query, source, transport);
        } catch (RuntimeException e) {
            return headerOnly(wire, Rcode.SERVFAIL, source, transport);
        }
    }

    private byte[] answer(Message query, InetAddress source, Protocol transport) {
        Header header = query.getHeader();
        Record question = query.getQuestion();
        if (header.getOpcode() != Opcode.QUERY) {
            return finish(errorResponse(query, Rcode.NOTIMP, question != null), query, source, null, transport,
                    "RFC 1035 opcode " + Opcode.string(header.getOpcode()), question);
        }
        if (header.getCount(Section.QUESTION) != 1 || question == null) {
            return finish(errorResponse(query, Rcode.FORMERR, false), query, source, null, transport,
                    "RFC 1035 one question", question);
        }
        OPTRecord opt = query.getOPT();
        if (opt != null && opt.getVersion() != 0) {
            Message response = errorResponse(query, Rcode.NOERROR, true);
            response.addRecord(new OPTRecord(SERVER_UDP_PAYLOAD, Rcode.BADVERS >>> 4, 0, 0), Section.ADDITIONAL);
            return finish(response, query, source, null, transport, "RFC 6891 BADVERS", question);
        }
        ClientSubnetOption ecs = null;
        if (opt != null) {
            List<EDNSOption> subnets = opt.getOptions(EDNSOption.Code.CLIENT_SUBNET);
            if (subnets.size() > 1) {
                return finish(errorResponse(query, Rcode.FORMERR, true), query, source, null, transport,
                        "RFC 7871 one client subnet", question);
            }
            ecs = subnets.isEmpty() ? null : (ClientSubnetOption) subnets.get(0);
        }
        if (question.getDClass() != DClass.IN) {
            return finish(responseWithOpt(query, Rcode.REFUSED, opt, ecs, false), query, source, ecs, transport,
                    "A2 class " + DClass.string(question.getDClass()), question);
        }

        ServedDesign served = snapshot.get();
        DomainName qname;
        try {
            qname = Names.toDomainName(question.getName());
        } catch (IllegalArgumentException e) {
            return finish(responseWithOpt(query, Rcode.REFUSED, opt, ecs, false), query, source, ecs, transport,
                    "A2", question);
        }
        Query asked = new Query(qname, Type.string(question.getType()));
        ClientContext client = new ClientContext(null, null, null, null, null, null, address(source),
                ecs == null ? null : address(ecs.getAddress()) + "/" + ecs.getSourcePrefixLength());
        boolean watched = log.watched();
        Resolution resolution = watched
                ? served.compiled().resolve(served.health(), asked, client, ThreadLocalRandom.current())
                : served.compiled().resolveQuietly(served.health(), asked, client, ThreadLocalRandom.current());

        Message response;
        try {
            response = render(query, question, resolution, opt, ecs, served, qname, client);
        } catch (IOException e) {
            response = responseWithOpt(query, Rcode.SERVFAIL, opt, ecs, false);
        }
        byte[] out = fit(response, opt, transport);
        if (watched) {
            log.publish(event(source, ecs, question, response, transport, () -> rule(resolution)));
        }
        return out;
    }

    private Message render(Message query, Record question, Resolution resolution, OPTRecord opt,
                           ClientSubnetOption ecs, ServedDesign served, DomainName qname, ClientContext client)
            throws IOException {
        Message response = new Message(query.getHeader().getID());
        Header h = response.getHeader();
        h.setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) {
            h.setFlag(Flags.RD);
        }
        int rcode = rcode(resolution.rcode());
        h.setRcode(rcode);
        boolean zoneAnswered = resolution.nameserver() != null
                && (rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN);
        if (zoneAnswered && !resolution.isReferral()) {
            h.setFlag(Flags.AA);
        }
        response.addRecord(question, Section.QUESTION);
        Name owner = question.getName();
        if (!resolution.answers().isEmpty()) {
            int type = Type.value(resolution.answerType());
            long ttl = resolution.ttl() == null ? 0 : resolution.ttl();
            for (String value : resolution.answers()) {
                response.addRecord(renderer.record(owner, type, ttl, value), Section.ANSWER);
            }
        }
        for (DnsRecord rr : resolution.authority()) {
            response.addRecord(renderer.section(rr), Section.AUTHORITY);
        }
        int qtype = question.getType();
        if ("CNAME".equals(resolution.answerType()) && (qtype == Type.A || qtype == Type.AAAA)) {
            for (Record rr : cnameChain(served, resolution, qtype, client)) {
                response.addRecord(rr, Section.ADDITIONAL);
            }
        }
        if (opt != null) {
            boolean scoped = zoneAnswered && served.dependsOnClientLocation(qname);
            response.addRecord(serverOpt(ecs, scoped), Section.ADDITIONAL);
        }
        return response;
    }

    /**
     * A3: the answer section holds the CNAME only (the resolver asks for the canonical name itself), and the
     * simulator may add what the chain leads to inside the served zones: each further CNAME and the final A or
     * AAAA records, answered by the engine for the same client, in the additional section. The chain stops at a
     * name outside the zones, a negative answer, a loop or after {@value #MAX_CHAIN} hops.
     */
    private List<Record> cnameChain(ServedDesign served, Resolution first, int qtype, ClientContext client) {
        List<Record> records = new ArrayList<>();
        Set<DomainName> seen = new HashSet<>();
        String target = first.answers().get(0);
        try {
            for (int hop = 0; hop < MAX_CHAIN; hop++) {
                DomainName name = DomainName.of(target);
                if (!seen.add(name)) {
                    break;
                }
                Resolution next = served.compiled().resolveQuietly(served.health(),
                        new Query(name, Type.string(qtype)), client, ThreadLocalRandom.current());
                if (next.rcode() != dev.failoverstudio.domain.resolve.Rcode.NOERROR || next.answers().isEmpty()) {
                    break;
                }
                Name owner = Name.fromString(name.text());
                int type = Type.value(next.answerType());
                long ttl = next.ttl() == null ? 0 : next.ttl();
                for (String value : next.answers()) {
                    records.add(renderer.record(owner, type, ttl, value));
                }
                if (!"CNAME".equals(next.answerType())) {
                    break;
                }
                target = next.answers().get(0);
            }
        } catch (IOException | IllegalArgumentException e) {
            // a target that is not a usable name ends the chain; the CNAME answer itself stands
        }
        return records;
    }

    /**
     * The response as bytes within the transport's limit: whole if it fits; else without the optional
     * additional records and authority section (RFC 2181 §9: leaving them out never needs TC); else truncated to
     * the header, question and OPT with TC set, so the resolver retries over TCP (R30).
     */
    private static byte[] fit(Message response, OPTRecord opt, Protocol transport) {
        byte[] full = response.toWire();
        int limit = transport == Protocol.TCP ? Message.MAXLENGTH : udpLimit(opt);
        if (full.length <= limit) {
            return full;
        }
        for (Record rr : new ArrayList<>(response.getSection(Section.ADDITIONAL))) {
            if (!(rr instanceof OPTRecord)) {
                response.removeRecord(rr, Section.ADDITIONAL);
            }
        }
        response.removeAllRecords(Section.AUTHORITY);
        byte[] lean = response.toWire();
        if (lean.length <= limit) {
            return lean;
        }
        response.removeAllRecords(Section.ANSWER);
        response.getHeader().setFlag(Flags.TC);
        response.getHeader().unsetFlag(Flags.AA);
        return response.toWire();
    }

    /**
     * The largest UDP response for this query: 512 bytes without EDNS0, else the payload size the client
     * advertised, read as 512 when smaller (RFC 6891 §6.2.5) and capped at Route 53's 4096 (R30).
     */
    static int udpLimit(OPTRecord opt) {
        return opt == null ? CLASSIC_UDP_LIMIT
                : Math.min(EDNS_UDP_LIMIT, Math.max(CLASSIC_UDP_LIMIT, opt.getPayloadSize()));
    }

    private static OPTRecord serverOpt(ClientSubnetOption ecs, boolean scoped) {
        if (ecs == null) {
            return new OPTRecord(SERVER_UDP_PAYLOAD, 0, 0, 0);
        }
        int scope = scoped ? ecs.getSourcePrefixLength() : 0;
        return new OPTRecord(SERVER_UDP_PAYLOAD, 0, 0, 0,
                new ClientSubnetOption(ecs.getSourcePrefixLength(), scope, ecs.getAddress()));
    }

    /** A response with the query's ID, opcode and RD bit, the question when asked for, and {@code rcode}. */
    private static Message errorResponse(Message query, int rcode, boolean withQuestion) {
        Message response = new Message(query.getHeader().getID());
        Header h = response.getHeader();
        h.setFlag(Flags.QR);
        h.setOpcode(query.getHeader().getOpcode());
        if (query.getHeader().getFlag(Flags.RD)) {
            h.setFlag(Flags.RD);
        }
        h.setRcode(rcode);
        if (withQuestion) {
            response.addRecord(query.getQuestion(), Section.QUESTION);
        }
        return response;
    }

    private static Message responseWithOpt(Message query, int rcode, OPTRecord opt, ClientSubnetOption ecs,
                                           boolean scoped) {
        Message response = errorResponse(query, rcode, true);
        if (opt != null) {
            response.addRecord(serverOpt(ecs, scoped), Section.ADDITIONAL);
        }
        return response;
    }

    private byte[] finish(Message response, Message query, InetAddress source, ClientSubnetOption ecs,
                          Protocol transport, String rule, Record question) {
        byte[] out = fit(response, query.getOPT(), transport);
        if (log.watched()) {
            log.publish(event(source, ecs, question, response, transport, () -> rule));
        }
        return out;
    }

    /** FORMERR or SERVFAIL for a message dnsjava could not read: the header alone, ID and opcode kept. */
    private byte[] headerOnly(byte[] wire, int rcode, InetAddress source, Protocol transport) {
        byte[] out = new byte[HEADER_LENGTH];
        out[0] = wire[0];
        out[1] = wire[1];
        out[2] = (byte) (0x80 | (wire[2] & 0x79)); // QR, the opcode and RD of the query
        out[3] = (byte) rcode;
        if (log.watched()) {
            log.publish(new QueryEvent(Instant.now(), address(source), null, "(unreadable message)",
                    Rcode.string(rcode), "", rcode == Rcode.FORMERR ? "RFC 1035 format error" : "server failure",
                    transport == Protocol.TCP));
        }
        return out;
    }

    private static QueryEvent event(InetAddress source, ClientSubnetOption ecs, Record question, Message response,
                                    Protocol transport, Supplier<String> rule) {
        StringBuilder answer = new StringBuilder();
        for (Record rr : response.getSection(Section.ANSWER)) {
            if (answer.length() > 0) {
                answer.append(", ");
            }
            answer.append(rr.rdataToString());
        }
        String asked = question == null ? "(no question)"
                : question.getName() + " " + Type.string(question.getType());
        String rcode = Rcode.string(response.getHeader().getRcode());
        if (response.getHeader().getFlag(Flags.TC)) {
            rcode += " (truncated)";
        }
        return new QueryEvent(Instant.now(), address(source), ecs == null ? null
                : address(ecs.getAddress()) + "/" + ecs.getSourcePrefixLength(), asked, rcode, answer.toString(),
                rule.get(), transport == Protocol.TCP);
    }

    /**
     * The deciding rule from the trace (R34): that of the last record-set choice (the deepest group of an alias
     * tree), else that of the last step (e.g. R24 for NXDOMAIN, A2 for REFUSED).
     */
    private static String rule(Resolution resolution) {
        List<TraceStep> steps = resolution.trace();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if ("choose".equals(steps.get(i).step())) {
                return steps.get(i).rule();
            }
        }
        return steps.isEmpty() ? "" : steps.get(steps.size() - 1).rule();
    }

    private static int rcode(dev.failoverstudio.domain.resolve.Rcode rcode) {
        return switch (rcode) {
            case NOERROR -> Rcode.NOERROR;
            case NXDOMAIN -> Rcode.NXDOMAIN;
            case REFUSED -> Rcode.REFUSED;
            case SERVFAIL -> Rcode.SERVFAIL;
            case NOTIMP -> Rcode.NOTIMP;
        };
    }

    /** The textual address without an IPv6 zone suffix ({@code fe80::1%lo} becomes {@code fe80::1}). */
    static String address(InetAddress address) {
        String text = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int percent = text.indexOf('%');
            return percent < 0 ? text : text.substring(0, percent);
        }
        return text;
    }
}
