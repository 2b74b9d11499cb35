package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.resolve.ClientContext;

/**
 * A client as scenario-format.md writes it ({@code continent}, {@code country}, {@code subdivision},
 * {@code region}, {@code latitude}, {@code longitude}, {@code ip}, {@code ecsSubnet}; absent fields left out), for
 * scenario files and for the {@code resolve} report alike.
 */
public final class ClientJson {

    private ClientJson() {
    }

    public static ObjectNode write(ClientContext c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        putIfPresent(node, "continent", c.continent());
        putIfPresent(node, "country", c.country());
        putIfPresent(node, "subdivision", c.subdivision());
        putIfPresent(node, "region", c.region());
        if (c.latitude() != null) {
            node.put("latitude", c.latitude());
        }
        if (c.longitude() != null) {
            node.put("longitude", c.longitude());
        }
        putIfPresent(node, "ip", c.ip());
        putIfPresent(node, "ecsSubnet", c.ecsSubnet());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
