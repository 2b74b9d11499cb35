import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Converts DB-IP "IP to Country Lite" numeric CSVs (start,end,country; inclusive ranges) into the compact
 * sorted-range tables the application loads: ipcc-v4.bin.gz and ipcc-v6.bin.gz.
 *
 * <pre>
 * "IPCC" | u8 version=1 | u8 family (4|6) | u16 ncc | ncc x 2 ASCII (index 0 = "--": no data)
 * u32 nranges | nranges x start (u32 for IPv4; the top 64 bits as u64 for IPv6) | nranges x u8 country index
 * </pre>
 * A lookup takes the last start at or below the address. Gaps between source ranges become "--" rows and
 * neighbouring rows of one country are merged. IPv6 keeps /64 granularity: ranges that start inside a /64
 * already begun are folded into it.
 *
 * <pre>java assets/ip/GenerateIpCountryTables.java dbip-country-ipv4-num.csv dbip-country-ipv6-num.csv assets/ip</pre>
 */
public class GenerateIpCountryTables {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java GenerateIpCountryTables.java <ipv4-num.csv> <ipv6-num.csv> <output dir>");
            System.exit(2);
        }
        convert(Path.of(args[0]), 4, Path.of(args[2], "ipcc-v4.bin.gz"));
        convert(Path.of(args[1]), 6, Path.of(args[2], "ipcc-v6.bin.gz"));
    }

    private static void convert(Path csv, int family, Path out) throws IOException {
        int shift = family == 4 ? 0 : 64;
        List<long[]> rows = new ArrayList<>();          // {start, countryIndex}
        Map<String, Integer> codes = new LinkedHashMap<>();
        codes.put("--", 0);
        BigInteger nextExpected = BigInteger.ZERO;
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.US_ASCII)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",");
                BigInteger start = new BigInteger(f[0]);
                BigInteger end = new BigInteger(f[1]);
                if (start.compareTo(nextExpected) > 0) {
                    add(rows, nextExpected.shiftRight(shift).longValue(), 0);
                }
                int index = codes.computeIfAbsent(f[2].strip(), c -> codes.size());
                add(rows, start.shiftRight(shift).longValue(), index);
                nextExpected = end.add(BigInteger.ONE);
            }
        }
        BigInteger space = BigInteger.ONE.shiftLeft(family == 4 ? 32 : 128);
        if (nextExpected.compareTo(space) < 0) {
            add(rows, nextExpected.shiftRight(shift).longValue(), 0);
        }
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file, 1 << 16))) {
            data.writeBytes("IPCC");
            data.writeByte(1);
            data.writeByte(family);
            data.writeShort(codes.size());
            for (String code : codes.keySet()) {
                data.writeBytes(code);
            }
            data.writeInt(rows.size());
            for (long[] row : rows) {
                if (family == 4) {
                    data.writeInt((int) row[0]);
                } else {
                    data.writeLong(row[0]);
                }
            }
            for (long[] row : rows) {
                data.writeByte((int) row[1]);
            }
        }
        System.out.printf("IPv%d: %d ranges, %d country codes -> %s (%d bytes)%n", family, rows.size(),
                codes.size() - 1, out, Files.size(out));
    }

    /** Appends a row, merging it with the previous one when the country or the (truncated) start repeats. */
    private static void add(List<long[]> rows, long start, int index) {
        if (!rows.isEmpty()) {
            long[] last = rows.get(rows.size() - 1);
            if (last[0] == start) {
                last[1] = index;     // same /64 (IPv6): the later range wins
                return;
            }
            if (last[1] == index) {
                return;              // same country continues
            }
        }
        rows.add(new long[] {start, index});
    }
}
