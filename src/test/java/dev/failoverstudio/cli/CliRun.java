package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int status, String out, String err) {

    private static final Services SERVICES = Services.create();

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FailoverStudioCommand.commandLine(SERVICES, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
