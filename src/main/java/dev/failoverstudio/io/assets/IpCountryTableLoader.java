package dev.failoverstudio.io.assets;

import dev.failoverstudio.domain.geo.IpCountryTable;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled address-to-country tables ({@code /assets/ip/ipcc-v4.bin.gz}, {@code ipcc-v6.bin.gz};
 * format and source in assets/ip/README.md). IP Geolocation by DB-IP, CC BY 4.0.
 */
final class IpCountryTableLoader {

    private static final String BASE = "/assets/ip/";

    private IpCountryTableLoader() {
    }

    static IpCountryTable loadBundled() {
        Family v4 = read(BASE + "ipcc-v4.bin.gz", 4);
        Family v6 = read(BASE + "ipcc-v6.bin.gz", 6);
        return new IpCountryTable(v4.codes, v4.starts32, v4.countries, v6.codes, v6.starts64, v6.countries);
    }

    private static Family read(String resource, int family) {
        InputStream raw = IpCountryTableLoader.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("missing bundled table " + resource);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
            byte[] magic = in.readNBytes(4);
            if (!"IPCC".equals(new String(magic, StandardCharsets.US_ASCII)) || in.readUnsignedByte() != 1
                    || in.readUnsignedByte() != family) {
                throw new IllegalStateException(resource + " is not an IPv" + family + " country table (version 1)");
            }
            int ncc = in.readUnsignedShort();
            String[] codes = new String[ncc];
            for (int i = 0; i < ncc; i++) {
                codes[i] = new String(in.readNBytes(2), StandardCharsets.US_ASCII);
            }
            int n = in.readInt();
            Family f = new Family(codes, family == 4 ? new int[n] : null, family == 6 ? new long[n] : null, new byte[n]);
            for (int i = 0; i < n; i++) {
                if (family == 4) {
                    f.starts32[i] = in.readInt();
                } else {
                    f.starts64[i] = in.readLong();
                }
            }
            in.readFully(f.countries);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private record Family(String[] codes, int[] starts32, long[] starts64, byte[] countries) {
    }
}
