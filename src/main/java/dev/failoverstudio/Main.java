package dev.failoverstudio;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.cli.FailoverStudioCommand;
import dev.failoverstudio.ui.FailoverStudioApp;

/**
 * Entry point. With a sub-command (or an option such as {@code --help}) the application runs headless on
 * the command line; otherwise it opens the desktop window, optionally with a design file to open.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (FailoverStudioCommand.isCommandLineInvocation(args)) {
            System.exit(FailoverStudioCommand.run(Services.create(), args));
        } else {
            FailoverStudioApp.launchDesktop(args);
        }
    }
}
