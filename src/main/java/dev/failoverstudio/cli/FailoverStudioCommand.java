package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** The headless command line: {@code failover-studio <sub-command> ...}. */
@Command(name = "failover-studio", mixinStandardHelpOptions = true, version = "Failover Studio 0.1.0",
        description = "Design and rehearse Amazon Route 53 routing. Without a sub-command the desktop window opens.",
        subcommands = {CommandLine.HelpCommand.class})
public final class FailoverStudioCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The sub-command names, for telling a command line from a file to open in the window. */
    static final Set<String> SUB_COMMANDS = Set.of("resolve", "check", "validate", "drill", "bench", "serve",
            "export", "import", "screenshot", "help");

    /** Builds the command tree; the streams are injectable so tests can read what a command prints. */
    public static CommandLine commandLine(Services services, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new FailoverStudioCommand());
        cl.addSubcommand("resolve", new ResolveCommand(services));
        cl.addSubcommand("check", new CheckCommand(services));
        cl.addSubcommand("validate", new ValidateCommand(services));
        cl.addSubcommand("drill", new DrillCommand(services));
        cl.addSubcommand("bench", new BenchCommand(services));
        cl.addSubcommand("serve", new ServeCommand(services));
        cl.addSubcommand("export", new ExportCommand(services));
        cl.addSubcommand("import", new ImportCommand(services));
        cl.addSubcommand("screenshot", new ScreenshotCommand(services));
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    /** True when {@code args} ask for the command line rather than the desktop window. */
    public static boolean isCommandLineInvocation(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (first.startsWith("-")) {
            return true;
        }
        return SUB_COMMANDS.contains(first);
    }

    /** Runs the command line and returns the exit status. */
    public static int run(Services services, String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = commandLine(services, out, err).execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
