package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.domain.net.IpPrefix;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CIDR collections (V29): location names are 1–16 of {@code [0-9A-Za-z_-]} (no {@code *}, which is the default
 * location of records) and unique; blocks are IPv4 /1–/24 or IPv6 /1–/48 (A17: /0 is the default location),
 * aligned (A41), and never listed twice: the same block in two locations is refused (A18); at most 1,000 blocks
 * per collection. More than five collections exceeds the default account quota (warning).
 */
final class CidrCollectionRules {

    static final int MAX_BLOCKS = 1000;
    static final int DEFAULT_MAX_COLLECTIONS = 5;
    private static final Pattern LOCATION_NAME = Pattern.compile("[0-9A-Za-z_\\-]{1,16}");

    void check(List<CidrCollection> collections, List<Problem> out) {
        if (collections.size() > DEFAULT_MAX_COLLECTIONS) {
            out.add(Problem.warning("V29", null, "The design has " + collections.size() + " CIDR collections; the"
                    + " default quota is 5 per account"));
        }
        for (CidrCollection c : collections) {
            check(c, out);
        }
    }

    private static void check(CidrCollection c, List<Problem> out) {
        String name = "CIDR collection " + (c.name() == null ? c.id() : "'" + c.name() + "'");
        Set<String> locationNames = new HashSet<>();
        Map<String, String> blockOwner = new HashMap<>();
        int blocks = 0;
        for (CidrLocation location : c.locations()) {
            if (!LOCATION_NAME.matcher(location.name()).matches()) {
                out.add(error(name + ": location name '" + location.name() + "' must be 1 to 16 letters, digits,"
                        + " '_' or '-'" + (location.name().contains("*") ? " ('*' is the default location of record"
                        + " sets and cannot be defined)" : "")));
            }
            if (!locationNames.add(location.name())) {
                out.add(error(name + " defines location '" + location.name() + "' twice"));
            }
            for (String block : location.cidrBlocks()) {
                blocks++;
                checkBlock(name, location.name(), block, blockOwner, out);
            }
        }
        if (blocks > MAX_BLOCKS) {
            out.add(error(name + " holds " + blocks + " CIDR blocks; a collection holds at most 1000"));
        }
    }

    private static void checkBlock(String name, String location, String block, Map<String, String> owner,
                                   List<Problem> out) {
        Optional<IpPrefix> parsed = IpPrefix.parseBlock(block.strip());
        String where = name + ", location '" + location + "': ";
        if (parsed.isEmpty()) {
            out.add(error(where + "'" + block + "' is not a CIDR block (address/prefix length)"));
            return;
        }
        IpPrefix cidr = parsed.get();
        int max = cidr.isIpv4() ? 24 : 48;
        if (cidr.length() == 0) {
            out.add(error(where + "block " + block + " has prefix length 0; use the default location '*' in the"
                    + " record sets instead (A17)"));
            return;
        }
        if (cidr.length() > max) {
            out.add(error(where + "block " + block + " is longer than /" + max + "; " + (cidr.isIpv4() ? "IPv4" : "IPv6")
                    + " blocks have prefix lengths 1 to " + max));
            return;
        }
        if (!cidr.isAligned()) {
            out.add(error(where + "block " + block + " has bits set after its prefix length; write the aligned"
                    + " network address (A41)"));
            return;
        }
        String previous = owner.putIfAbsent(cidr.toString(), location);
        if (previous != null) {
            out.add(error(where + "block " + block + (previous.equals(location) ? " is listed twice"
                    : " is already in location '" + previous + "'; identical blocks in two locations are refused"
                    + " (A18)")));
        }
    }

    private static Problem error(String message) {
        return Problem.error("V29", ApiErrors.INVALID_INPUT, null, message);
    }
}
