package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.resolve.ClientContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short words for a client ("US-VA, us-east-1", "ECS 203.0.113.0/24", "unmapped"). */
final class ClientDescription {

    private ClientDescription() {
    }

    static String of(ClientContext c) {
        List<String> parts = new ArrayList<>();
        if (c.country() != null || c.subdivision() != null) {
            String country = c.country() == null ? "US" : c.country();
            parts.add(country + (c.subdivision() == null ? "" : "-" + c.subdivision()));
        } else if (c.continent() != null) {
            parts.add("continent " + c.continent());
        }
        if (c.region() != null) {
            parts.add(c.region());
        }
        if (c.hasCoordinates()) {
            parts.add(String.format(Locale.ROOT, "%.2f, %.2f", c.latitude(), c.longitude()));
        }
        if (c.ecsSubnet() != null) {
            parts.add("ECS " + c.ecsSubnet());
        }
        if (c.ip() != null) {
            parts.add("resolver " + c.ip());
        }
        return parts.isEmpty() ? "unmapped client" : String.join(", ", parts);
    }
}
