package dev.failoverstudio.domain.drill;

import java.util.Objects;

/**
 * Something a drill must show, checked after it ran.
 *
 * <p>Every assertion carries a {@code label} (the drill file's JSON path, or a description) so a failure can
 * be located.
 */
public sealed interface DrillAssertion {

    String label();

    /** Which clients a share assertion looks at; all fields null means every client. */
    record Clients(String location, String group, String country, String continent) {
        public static final Clients ALL = new Clients(null, null, null, null);

        /** @param locationContinent the location's Route 53 continent (given or derived from its country) */
        public boolean matches(PopulationLocation l, String locationContinent) {
            return (location == null || location.equals(l.name()))
                    && (group == null || group.equals(l.group()))
                    && (country == null || country.equalsIgnoreCase(l.client().country()))
                    && (continent == null || continent.equalsIgnoreCase(locationContinent));
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            if (location != null) {
                sb.append(" location ").append(location);
            }
            if (group != null) {
                sb.append(" group ").append(group);
            }
            if (country != null) {
                sb.append(" country ").append(country);
            }
            if (continent != null) {
                sb.append(" continent ").append(continent);
            }
            return sb.length() == 0 ? "all clients" : "clients in" + sb;
        }
    }

    /** Which answers a share assertion counts. Exactly one field is set. */
    record Target(String value, String region, boolean unhealthy) {
        public static Target value(String value) {
            return new Target(Objects.requireNonNull(value), null, false);
        }

        public static Target region(String region) {
            return new Target(null, Objects.requireNonNull(region), false);
        }

        public static final Target UNHEALTHY = new Target(null, null, true);

        public String describe() {
            if (value != null) {
                return "get " + value;
            }
            if (region != null) {
                return "get an endpoint in " + region;
            }
            return "are sent to an unhealthy endpoint";
        }
    }

    /**
     * The share of queries from {@code clients} whose answer matches {@code target} lies within
     * {@code [atLeast, atMost]} at every sample from {@code from} to {@code to} (seconds, inclusive; an instant
     * when they are equal). A value or Region matches an answer that contains it; "unhealthy" counts each
     * query by the share of its answer's values that are down (clients pick one value of a multi-value answer).
     *
     * <p>Invariants: {@code 0 <= from <= to}; at least one bound; bounds within 0..1.
     */
    record Share(String label, double from, double to, Clients clients, Target target, Double atLeast,
                 Double atMost) implements DrillAssertion {
        public Share {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(clients, "clients");
            Objects.requireNonNull(target, "target");
            if (!(from >= 0) || !(to >= from)) {
                throw new IllegalArgumentException("need 0 <= from <= to, got " + from + ".." + to);
            }
            if (atLeast == null && atMost == null) {
                throw new IllegalArgumentException("a share assertion needs atLeast or atMost");
            }
        }
    }

    /** A key figure (seconds) is reached and is within {@code [atLeast, atMost]}. */
    record Figure(String label, KeyFigures.Name figure, Double atLeast, Double atMost) implements DrillAssertion {
        public Figure {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(figure, "figure");
            if (atLeast == null && atMost == null) {
                throw new IllegalArgumentException("a figure assertion needs atLeast or atMost");
            }
        }
    }
}
