package dev.failoverstudio.bench;

import dev.failoverstudio.cli.SyntheticDesigns;
import dev.failoverstudio.domain.edit.ConnectionRules;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cost of asking whether an alias drag may connect, on a 2,000 record set design: a drag step asks once per
 * card the pointer is over, so this must stay far below a frame (16 ms). {@code sameDesign} is a drag over
 * an unchanged design (the alias index is reused); {@code newDesign} the first question after an edit.
 * Run with {@code java -cp <test class path> org.openjdk.jmh.Main ConnectionRulesBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConnectionRulesBenchmark {

    private Design design;
    private ConnectionRules rules;
    private List<RecordSetKey> members;
    private List<GroupKey> targets;
    private int next;

    @Setup
    public void setUp() {
        design = SyntheticDesigns.trees(100, 4);
        rules = new ConnectionRules();
        members = new ArrayList<>();
        LinkedHashSet<GroupKey> groups = new LinkedHashSet<>();
        for (RecordSet r : design.zones().get(0).recordSets()) {
            members.add(r.key());
            groups.add(r.groupKey());
        }
        targets = new ArrayList<>(groups);
    }

    @Benchmark
    public Optional<String> sameDesign() {
        int i = next++;
        return rules.refusal(design, SyntheticDesigns.ZONE_ID, members.get(i % members.size()),
                targets.get((i * 7) % targets.size()));
    }

    @Benchmark
    public Optional<String> newDesign() {
        int i = next++;
        return new ConnectionRules().refusal(design, SyntheticDesigns.ZONE_ID, members.get(i % members.size()),
                targets.get((i * 7) % targets.size()));
    }
}
