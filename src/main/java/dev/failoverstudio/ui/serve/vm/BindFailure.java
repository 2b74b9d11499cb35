package dev.failoverstudio.ui.serve.vm;

import java.io.IOException;
import java.net.BindException;
import java.util.Locale;

/** Says in words why the server could not listen, from the exception the socket layer threw. */
final class BindFailure {

    private BindFailure() {
    }

    static String describe(BindRequest request, Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        String where = request.describe();
        if (lower.contains("in use")) {
            return "Cannot serve on " + where + ": port " + request.port() + " is already in use on "
                    + request.address().getHostAddress() + " (another DNS server?). Choose another port.";
        }
        if (lower.contains("cannot assign") || lower.contains("not available")) {
            return "Cannot serve on " + where + ": this machine has no address " + request.address().getHostAddress()
                    + ".";
        }
        if (lower.contains("permission denied") || lower.contains("access")) {
            return "Cannot serve on " + where + ": permission denied (ports below 1024 need administrator rights)."
                    + " Choose a port from 1024 up.";
        }
        String kind = e instanceof BindException ? "cannot bind" : e instanceof IOException ? "network error"
                : "unexpected error";
        return "Cannot serve on " + where + ": " + kind + (message.isEmpty() ? "" : " (" + message + ")") + ".";
    }
}
