package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheckType;

import java.util.Optional;

/**
 * The path an HTTP or HTTPS check requests: its ResourcePath with a leading slash added when missing
 * (HC12, HV5), or "/" when it has none. TCP checks request no path.
 */
public final class RequestPath {

    private RequestPath() {
    }

    public static Optional<String> forCheck(EndpointCheck check) {
        if (check.type() == HealthCheckType.TCP) {
            return Optional.empty();
        }
        return Optional.of(normalize(check.resourcePath()));
    }

    /** "/" for null or empty; otherwise the path with a leading slash. */
    public static String normalize(String resourcePath) {
        if (resourcePath == null || resourcePath.isEmpty()) {
            return "/";
        }
        return resourcePath.startsWith("/") ? resourcePath : "/" + resourcePath;
    }
}
