package dev.failoverstudio.io.formats.changebatch;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.HealthCheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which health checks must be created and the caller reference each CreateHealthCheck request
 * (S5) carries.
 */
final class HealthCheckRequests {

    /** Route 53 accepts caller references of 1–64 characters. */
    static final int MAX_CALLER_REFERENCE = 64;

    private HealthCheckRequests() {
    }

    /**
     * The checks with every child of a calculated check (HC13) before its parent, otherwise in design order;
     * children that the design does not hold are simply not waited for.
     */
    static List<HealthCheck> creationOrder(List<HealthCheck> checks) {
        Map<String, HealthCheck> byId = new LinkedHashMap<>();
        checks.forEach(c -> byId.put(c.id(), c));
        Set<String> placed = new LinkedHashSet<>();
        List<HealthCheck> ordered = new ArrayList<>();
        for (HealthCheck check : checks) {
            place(check, byId, placed, ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    private static void place(HealthCheck check, Map<String, HealthCheck> byId, Set<String> placed,
                              List<HealthCheck> ordered, Set<String> visiting) {
        if (placed.contains(check.id()) || !visiting.add(check.id())) {
            return;
        }
        if (check.config() instanceof CalculatedCheck calculated) {
            for (String child : calculated.childHealthChecks()) {
                HealthCheck c = byId.get(child);
                if (c != null) {
                    place(c, byId, placed, ordered, visiting);
                }
            }
        }
        placed.add(check.id());
        ordered.add(check);
    }

    /**
     * The check's own caller reference, or {@code failover-studio-<id>} (cut to 64 characters) when it has none.
     * Route 53 refuses a caller reference it has seen before, so a re-run needs fresh ones (said in the notes).
     */
    static String callerReference(HealthCheck check) {
        String reference = check.callerReference() != null && !check.callerReference().isBlank()
                ? check.callerReference() : "failover-studio-" + check.id();
        return reference.length() > MAX_CALLER_REFERENCE ? reference.substring(0, MAX_CALLER_REFERENCE) : reference;
    }

    /**
     * The caller reference of every check, made unique: Route 53 answers a CreateHealthCheck whose caller
     * reference it has seen with the existing check, so two checks sharing one would silently become one. A
     * repeated reference gets the check's ID appended, with a note.
     */
    static Map<String, String> uniqueCallerReferences(List<HealthCheck> checks,
                                                      List<dev.failoverstudio.domain.exchange.ExportNote> notes) {
        Map<String, String> references = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (HealthCheck check : checks) {
            String reference = callerReference(check);
            if (!used.add(reference)) {
                String unique = reference + "-" + check.id();
                unique = unique.length() > MAX_CALLER_REFERENCE ? unique.substring(unique.length()
                        - MAX_CALLER_REFERENCE) : unique;
                notes.add(new dev.failoverstudio.domain.exchange.ExportNote("health check " + check.id(), "S5",
                        "caller reference " + reference + " is used by another check too; sent as " + unique));
                reference = unique;
                used.add(reference);
            }
            references.put(check.id(), reference);
        }
        return references;
    }

    /** A file-name-safe form of a health check ID. */
    static String fileSafe(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 80 ? safe.substring(0, 80) : safe;
    }
}
