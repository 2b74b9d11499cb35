package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.CardSizes;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.domain.layout.GroupNode;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.WeightedRouting;
import dev.failoverstudio.domain.validate.DesignValidator;
import dev.failoverstudio.domain.validate.Problem;
import dev.failoverstudio.io.assets.GeoTablesLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static dev.failoverstudio.domain.edit.Docs.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random edit sessions: whatever users do, undo walks back to the very first document and redo forward
 * to the last one, refused edits change nothing, and what ConnectionRules allows or refuses agrees with the
 * full validator (V35 alias loops, V33 targets, R141 types).
 */
class RandomEditSequencesTest {

    private static final DesignValidator VALIDATOR = new DesignValidator(GeoTablesLoader.loadBundled());
    private final NewRecordSets palette = new NewRecordSets();
    private final AutoLayout autoLayout = new AutoLayout(CardSizes.DEFAULT);

    private static List<String> aliasCodes(Design design) {
        return VALIDATOR.validate(design).stream().filter(Problem::isError).map(Problem::code)
                .filter(c -> c.equals("V35") || c.equals("V33") || c.equals("R141")).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void undoAndRedoWalkAnyRandomSession(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DesignDocument start = Docs.latencyWeightedTree();
        start = start.withLayout(autoLayout.arrange(DesignGraph.of(start.design()), start.layout()));
        EditHistory history = new EditHistory(start);
        List<DesignDocument> seen = new ArrayList<>();
        int refused = 0;
        for (int step = 0; step < 150; step++) {
            DesignDocument before = history.current();
            EditCommand command = randomCommand(random, before);
            try {
                history.execute(command);
            } catch (EditRejectedException e) {
                refused++;
                assertThat(history.current()).isSameAs(before);
                continue;
            }
            if (history.current() != before) {
                seen.add(history.current());
            }
        }
        assertThat(seen).hasSizeGreaterThan(50);
        assertThat(refused).isPositive();
        DesignDocument last = history.current();
        for (int i = seen.size() - 1; i >= 0; i--) {
            assertThat(history.current()).isSameAs(seen.get(i));
            history.undo();
        }
        assertThat(history.current()).isSameAs(start);
        assertThat(history.isDirty()).isFalse();
        while (history.canRedo()) {
            history.redo();
        }
        assertThat(history.current()).isSameAs(last);

        // and the edited document survives a save and reopen
        var files = new dev.failoverstudio.io.formats.project.ProjectFiles(
                dev.failoverstudio.io.json.ObjectMappers.create(), autoLayout);
        DesignDocument expected = last.withLayout(autoLayout.arrange(DesignGraph.of(last.design()), last.layout()));
        try {
            assertThat(files.read("session.json", files.toJson(last))).isEqualTo(expected);
        } catch (dev.failoverstudio.io.ImportException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void connectionRulesAgreeWithTheValidator_V35_V33_R141(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DesignDocument doc = Docs.latencyWeightedTree();
        for (int i = 0; i < 6; i++) {
            doc = palette.paletteCommand(doc.design(), ZONE, RoutingPolicy.WEIGHTED, null).apply(doc);
        }
        ConnectionRules rules = new ConnectionRules();
        int allowed = 0;
        int loops = 0;
        for (int step = 0; step < 200; step++) {
            List<RecordSet> records = Docs.records(doc);
            RecordSet member = records.get(random.nextInt(records.size()));
            GroupKey target = records.get(random.nextInt(records.size())).groupKey();
            Optional<ConnectionRules.Refusal> refusal = rules.check(doc.design(), ZONE, member.key(), target);
            DesignDocument forced = SetAliasTargetCommand.pointAt(doc, ZONE, member.key(), target, true);
            if (refusal.isEmpty()) {
                allowed++;
                assertThat(aliasCodes(forced.design())).as("allowed %s -> %s", member.key(), target).isEmpty();
                doc = forced;
            } else if (refusal.get().ruleId().equals("V35")) {
                loops++;
                assertThat(aliasCodes(forced.design())).as("refused %s -> %s", member.key(), target).contains("V35");
            }
        }
        assertThat(allowed).isPositive();
        assertThat(loops).isPositive();
    }

    private EditCommand randomCommand(SplittableRandom random, DesignDocument doc) {
        Design design = doc.design();
        List<GroupNode> groups = DesignGraph.of(design).groups();
        List<RecordSet> records = Docs.records(doc);
        RoutingPolicy[] policies = RoutingPolicy.values();
        Position somewhere = new Position(random.nextInt(2000), random.nextInt(2000));
        switch (random.nextInt(9)) {
            case 0:
                return palette.paletteCommand(design, ZONE, policies[random.nextInt(policies.length)], somewhere);
            case 1:
                if (!groups.isEmpty()) {
                    GroupNode g = groups.get(random.nextInt(groups.size()));
                    try {
                        return new AddRecordSetCommand(ZONE, palette.newMember(design, ZONE, g.group()), null);
                    } catch (EditRejectedException simple) {
                        return new MoveNodesCommand(Map.of(g.key(), somewhere));
                    }
                }
                return new AddHealthCheckCommand(palette.newHealthCheck(design), somewhere);
            case 2:
                if (!groups.isEmpty()) {
                    return new MoveNodesCommand(Map.of(groups.get(random.nextInt(groups.size())).key(), somewhere));
                }
                return new AddHealthCheckCommand(palette.newHealthCheck(design), somewhere);
            case 3:
                return new AddHealthCheckCommand(palette.newHealthCheck(design), somewhere);
            case 4:
                if (!records.isEmpty() && !design.healthChecks().isEmpty()) {
                    return new AttachHealthCheckCommand(ZONE, records.get(random.nextInt(records.size())).key(),
                            random.nextInt(4) == 0 ? "no-such-check"
                                    : design.healthChecks().get(random.nextInt(design.healthChecks().size())).id());
                }
                return new AddHealthCheckCommand(palette.newHealthCheck(design), somewhere);
            case 5:
                if (groups.size() > 3) {
                    return new RemoveNodesCommand(Set.of(groups.get(random.nextInt(groups.size())).key()), Set.of());
                }
                return palette.paletteCommand(design, ZONE, RoutingPolicy.WEIGHTED, somewhere);
            case 6:
                if (!groups.isEmpty()) {
                    return new DuplicateCommand(Set.of(groups.get(random.nextInt(groups.size())).key()));
                }
                return palette.paletteCommand(design, ZONE, RoutingPolicy.SIMPLE, somewhere);
            case 7:
                if (!records.isEmpty() && !groups.isEmpty()) {
                    RecordSet member = records.get(random.nextInt(records.size()));
                    return new SetAliasTargetCommand(ZONE, member.key(),
                            groups.get(random.nextInt(groups.size())).group(), random.nextBoolean());
                }
                return palette.paletteCommand(design, ZONE, RoutingPolicy.LATENCY, somewhere);
            default:
                for (RecordSet r : records) {
                    if (r.routing() instanceof WeightedRouting w) {
                        return new ReplaceRecordSetCommand(ZONE, r.key(),
                                r.withRouting(r.setIdentifier(), new WeightedRouting((w.weight() + 1) % 256)));
                    }
                }
                return new MoveNodesCommand(Map.of(NodeKey.healthCheck("x"), somewhere));
        }
    }
}
