package dev.failoverstudio.io.assets;

import dev.failoverstudio.domain.geo.GeoPoint;
import dev.failoverstudio.domain.geo.MapPlace;
import dev.failoverstudio.domain.geo.MapRing;
import dev.failoverstudio.domain.geo.MapShape;
import dev.failoverstudio.domain.geo.WorldMap;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled world map ({@code /assets/map/world-map.bin.gz}: Natural Earth countries and US Census
 * states, converted by assets/map/GenerateWorldMap.java; format and sources in assets/map/README.md).
 *
 * <p>Separate from {@link GeoTablesLoader} because only the resolver pane's map needs it: the command line
 * and the engine never do, so the application asks for it through {@link #lazy()} and pays the read (about
 * a tenth of a second) on first use.
 */
public final class WorldMapLoader {

    static final String RESOURCE = "/assets/map/world-map.bin.gz";
    private static final double UNITS = 1e4;

    private WorldMapLoader() {
    }

    /** Reads the bundled map; fails loudly when it is missing or malformed (a packaging bug). */
    public static WorldMap loadBundled() {
        InputStream raw = WorldMapLoader.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("missing bundled map " + RESOURCE);
        }
        try (InputStream in = raw) {
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A supplier that reads the bundled map the first time it is asked, then keeps it. Thread-safe. */
    public static Supplier<WorldMap> lazy() {
        return new Supplier<>() {
            private volatile WorldMap map;

            @Override
            public WorldMap get() {
                WorldMap m = map;
                if (m == null) {
                    synchronized (this) {
                        m = map;
                        if (m == null) {
                            m = Objects.requireNonNull(loadBundled());
                            map = m;
                        }
                    }
                }
                return m;
            }
        };
    }

    static WorldMap read(InputStream gzipped, String source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzipped, 1 << 16)));
        if (!"WMAP".equals(new String(in.readNBytes(4), StandardCharsets.US_ASCII)) || in.readUnsignedByte() != 1) {
            throw new IllegalStateException(source + " is not a world map (version 1)");
        }
        int places = in.readUnsignedShort();
        List<MapShape> countries = new ArrayList<>();
        List<MapShape> states = new ArrayList<>();
        for (int p = 0; p < places; p++) {
            int kind = in.readUnsignedByte();
            String code = new String(in.readNBytes(2), StandardCharsets.US_ASCII);
            GeoPoint point = new GeoPoint(in.readInt() / UNITS, in.readInt() / UNITS);
            int ringCount = in.readUnsignedShort();
            List<MapRing> rings = new ArrayList<>(ringCount);
            for (int r = 0; r < ringCount; r++) {
                int n = in.readInt();
                if (n < 3 || n > 10_000_000) {
                    throw new IllegalStateException(source + ": place " + code + " ring " + r + " has " + n + " points");
                }
                double[] lon = new double[n];
                double[] lat = new double[n];
                int x = 0;
                int y = 0;
                for (int i = 0; i < n; i++) {
                    x += unzigzag(varint(in));
                    y += unzigzag(varint(in));
                    lon[i] = x / UNITS;
                    lat[i] = y / UNITS;
                }
                rings.add(new MapRing(lon, lat));
            }
            switch (kind) {
                case 0 -> countries.add(new MapShape(MapPlace.country(code), point, rings));
                case 1 -> states.add(new MapShape(MapPlace.usState(code), point, rings));
                default -> throw new IllegalStateException(source + ": place " + code + " has unknown kind " + kind);
            }
        }
        if (in.read() != -1) {
            throw new IllegalStateException(source + ": data after the last place");
        }
        return new WorldMap(countries, states);
    }

    private static int varint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("varint too long");
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
