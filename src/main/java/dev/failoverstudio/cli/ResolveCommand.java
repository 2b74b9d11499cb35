package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.resolve.Query;
import dev.failoverstudio.domain.scenario.QueryRun;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.domain.scenario.ScenarioRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code resolve}: the answers Route 53 gives, as JSON (scenario-format.md "Command-line contract"). */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Print the answers to a scenario's queries, or to one query given by options, as JSON.",
                "With --samples N each query is also resolved N times with seeded randomness."})
final class ResolveCommand implements Callable<Integer> {

    static final long DEFAULT_SEED = 20261123L;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "scenario file (JSON)")
    Path scenarioFile;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "0",
            description = "also resolve each query N times and count the outcomes")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "seed of the random source (default: ${DEFAULT-VALUE}, so runs repeat)")
    long seed;

    @Option(names = "--name", description = "ask this name instead of the scenario's queries")
    String name;

    @Option(names = "--type", defaultValue = "A", description = "query type with --name (default: ${DEFAULT-VALUE})")
    String type;

    @ArgGroup(exclusive = false, heading = "Client of the --name query:%n")
    ClientOptions client = new ClientOptions();

    private final Services services;

    ResolveCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (samples < 0) {
            err.println("error: --samples must not be negative");
            return ScenarioFiles.INVALID_INPUT;
        }
        Optional<Scenario> loaded = new ScenarioFiles(services, err).load(scenarioFile);
        if (loaded.isEmpty()) {
            return ScenarioFiles.INVALID_INPUT;
        }
        Scenario scenario = loaded.get();
        List<ScenarioQuery> queries = scenario.queries();
        if (name != null) {
            try {
                queries = List.of(new ScenarioQuery(Query.of(name, type), client.toClient(), null, null));
            } catch (IllegalArgumentException e) {
                err.println("error: --name: " + e.getMessage());
                return ScenarioFiles.INVALID_INPUT;
            }
        }
        CompiledDesign compiled = services.engine().compile(scenario.design());
        HealthStatus health = services.healthEvaluator().evaluate(scenario.design());
        ScenarioRunner runner = new ScenarioRunner(compiled, health, seed);
        List<QueryRun> runs = new ArrayList<>();
        for (ScenarioQuery q : queries) {
            runs.add(runner.run(q, samples));
        }
        out.print(services.formats().resolveReportWriter().write(scenario.title(), runs));
        out.flush();
        return 0;
    }
}
