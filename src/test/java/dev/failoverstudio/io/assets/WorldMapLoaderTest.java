package dev.failoverstudio.io.assets;

import dev.failoverstudio.domain.geo.MapShape;
import dev.failoverstudio.domain.geo.WorldMap;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled world map reads completely, and a damaged file fails with a message naming it. */
class WorldMapLoaderTest {

    @Test
    void theBundledMapHasEveryPlaceAndItsOutlines() {
        WorldMap map = WorldMapLoader.loadBundled();
        assertThat(map.countries()).hasSize(250);
        assertThat(map.usStates()).hasSize(51);
        int points = 0;
        for (MapShape shape : map.shapes()) {
            points += shape.rings().stream().mapToInt(r -> r.size()).sum();
        }
        assertThat(points).isEqualTo(111_728);
    }

    @Test
    void lazyReadsOnceOnFirstUse() {
        Supplier<WorldMap> lazy = WorldMapLoader.lazy();
        assertThat(lazy.get()).isSameAs(lazy.get());
    }

    @Test
    void aFileOfAnotherKindIsRefusedByName() {
        assertThatThrownBy(() -> WorldMapLoader.read(gzip("IPCC\u0001\u0004".getBytes()), "x.bin.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.bin.gz is not a world map");
    }

    @Test
    void aTruncatedFileFailsInsteadOfGivingAPartialMap() throws IOException {
        byte[] whole;
        try (InputStream in = new GZIPInputStream(WorldMapLoader.class.getResourceAsStream(WorldMapLoader.RESOURCE))) {
            whole = in.readAllBytes();
        }
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> WorldMapLoader.read(gzip(half), "half.bin.gz")).isInstanceOf(EOFException.class);
    }

    private static InputStream gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
