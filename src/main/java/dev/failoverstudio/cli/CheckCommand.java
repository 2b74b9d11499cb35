package dev.failoverstudio.cli;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.health.HealthStatus;
import dev.failoverstudio.domain.resolve.CompiledDesign;
import dev.failoverstudio.domain.scenario.CheckResult;
import dev.failoverstudio.domain.scenario.ExpectationChecker;
import dev.failoverstudio.domain.scenario.Scenario;
import dev.failoverstudio.domain.scenario.ScenarioQuery;
import dev.failoverstudio.domain.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code check}: every query's answer against its {@code expect}; exit 0 only when nothing failed. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check each scenario query against its expectation.",
                "Prints PASS/FAIL per query and a summary 'N passed, M failed'; exits 0 only when nothing failed."})
final class CheckCommand implements Callable<Integer> {

    /** Enough draws that a 2 % tolerance is over six standard deviations for any share. */
    static final int DEFAULT_SAMPLES = 20_000;
    /** Queries with an exact expectation are still asked several times: a random policy must not pass by luck. */
    static final int EXACT_SAMPLES = 200;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
    List<Path> files;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + DEFAULT_SAMPLES,
            description = "resolutions per query with a distribution, oneOf or subsetOf expectation "
                    + "(default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ResolveCommand.DEFAULT_SEED,
            description = "seed of the random source (default: ${DEFAULT-VALUE})")
    long seed;

    private final Services services;

    CheckCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (samples < 1) {
            err.println("error: --samples must be at least 1");
            return ScenarioFiles.INVALID_INPUT;
        }
        ScenarioFiles loader = new ScenarioFiles(services, err);
        int passed = 0;
        int failed = 0;
        int unreadable = 0;
        for (Path file : files) {
            Optional<Scenario> loaded = loader.load(file);
            if (loaded.isEmpty()) {
                unreadable++;
                continue;
            }
            Scenario scenario = loaded.get();
            CompiledDesign compiled = services.engine().compile(scenario.design());
            HealthStatus health = services.healthEvaluator().evaluate(scenario.design());
            ScenarioRunner runner = new ScenarioRunner(compiled, health, seed);
            List<ScenarioQuery> queries = scenario.queries();
            for (int i = 0; i < queries.size(); i++) {
                ScenarioQuery q = queries.get(i);
                if (q.expect() == null) {
                    continue;
                }
                int n = q.expect().needsSampling() ? samples : Math.min(samples, EXACT_SAMPLES);
                CheckResult result = ExpectationChecker.check(runner.run(q, n));
                String label = file + " $.queries[" + i + "] " + q.query().name().text() + " " + q.query().type();
                if (result.passed()) {
                    passed++;
                    out.println("PASS " + label);
                } else {
                    failed++;
                    out.println("FAIL " + label);
                    for (String d : result.differences()) {
                        out.println("     " + d);
                    }
                }
            }
        }
        if (unreadable < files.size()) {
            out.println(passed + " passed, " + failed + " failed");
        }
        out.flush();
        if (unreadable > 0) {
            err.println("error: " + unreadable + " of " + files.size() + " file(s) could not be checked");
            return ScenarioFiles.INVALID_INPUT;
        }
        return failed == 0 ? 0 : 1;
    }
}
