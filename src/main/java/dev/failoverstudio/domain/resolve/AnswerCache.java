package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.health.HealthStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Quiet answers for one health status, remembered as decision trees: for a given design, health, query and
 * client the evaluation is a deterministic function of its random choices, so each (query, client) keeps a
 * tree whose inner nodes are those choices and whose leaves are finished resolutions (values not yet in
 * random order, R29). A walk draws the same random numbers a direct evaluation would and falls back to one —
 * recording the new branch — where the tree does not reach yet. Bounded; exceeding a bound only means
 * evaluating directly.
 */
final class AnswerCache {

    static final int MAX_QUERIES = 20_000;
    static final int MAX_NODES = 200_000;

    private final CompiledDesign compiled;
    private final HealthStatus health;
    private final ConcurrentHashMap<Key, Node> roots = new ConcurrentHashMap<>();
    private volatile int nodes;

    AnswerCache(CompiledDesign compiled, HealthStatus health) {
        this.compiled = compiled;
        this.health = health;
    }

    boolean serves(HealthStatus status) {
        return health == status;
    }

    Resolution resolve(Query query, ClientContext client, RandomGenerator random) {
        Key key = new Key(query, client);
        Node node = roots.get(key);
        List<Integer> drawn = null;
        while (node != null) {
            if (node.leaf != null) {
                return inRandomOrder(node.leaf, random);
            }
            int index;
            if (node.kind == Decisions.Step.Kind.PROPORTIONAL) {
                index = Decisions.ticketIndex(node.weights, random.nextLong(node.bound));
            } else if (node.kind == Decisions.Step.Kind.UNIFORM) {
                index = random.nextInt((int) node.bound);
            } else {
                break; // an opaque choice: evaluate from here on directly
            }
            if (drawn == null) {
                drawn = new ArrayList<>(4);
            }
            drawn.add(index);
            Node next = node.children[index];
            if (next == null) {
                break;
            }
            node = next;
        }
        List<Integer> prefix = drawn == null ? List.of() : drawn;
        List<Decisions.Step> steps = new ArrayList<>(prefix.size() + 2);
        Decisions.Recording recording = new Decisions.Recording(random, prefix, steps);
        Resolution unordered = new Evaluation(compiled, health, client, recording, false, false).resolve(query);
        remember(key, steps, recording.opaqueReached() ? null : unordered);
        return inRandomOrder(unordered, random);
    }

    /** R29, exactly as a direct evaluation finishes an answer. */
    private static Resolution inRandomOrder(Resolution resolution, RandomGenerator random) {
        List<String> values = resolution.answers();
        if (values.size() < 2) {
            return resolution;
        }
        List<String> shuffled = new ArrayList<>(values);
        Evaluation.shuffle(shuffled, random);
        return resolution.withAnswers(shuffled);
    }

    /** Adds a recorded path; a path that disagrees with the tree (it cannot, for a pure evaluation) is dropped. */
    private void remember(Key key, List<Decisions.Step> steps, Resolution leaf) {
        if (nodes >= MAX_NODES || (roots.size() >= MAX_QUERIES && !roots.containsKey(key))) {
            return;
        }
        synchronized (this) {
            Node root = roots.get(key);
            if (root == null) {
                root = steps.isEmpty() ? Node.leaf(leaf) : Node.choice(steps.get(0));
                if (root == null) {
                    return;
                }
                roots.put(key, root);
                nodes++;
            }
            Node node = root;
            for (int i = 0; i < steps.size(); i++) {
                Decisions.Step step = steps.get(i);
                if (!node.matches(step)) {
                    return;
                }
                if (step.kind() == Decisions.Step.Kind.OPAQUE) {
                    return;
                }
                Node next = node.children[step.index()];
                if (next == null) {
                    next = i + 1 < steps.size() ? Node.choice(steps.get(i + 1)) : Node.leaf(leaf);
                    if (next == null) {
                        return;
                    }
                    node.children[step.index()] = next;
                    nodes++;
                }
                node = next;
            }
        }
    }

    private record Key(Query query, ClientContext client) {
    }

    /** A choice (kind, parameters, one child per possible index) or a leaf (a finished resolution). */
    private static final class Node {
        final Decisions.Step.Kind kind;
        final long[] weights;
        final long bound;
        final Node[] children;
        final Resolution leaf;

        private Node(Decisions.Step.Kind kind, long[] weights, long bound, Node[] children, Resolution leaf) {
            this.kind = kind;
            this.weights = weights;
            this.bound = bound;
            this.children = children;
            this.leaf = leaf;
        }

        /** Null for an unfinished path (an opaque choice ended the recording before a leaf). */
        static Node leaf(Resolution resolution) {
            return resolution == null ? null : new Node(null, null, 0, null, resolution);
        }

        static Node choice(Decisions.Step step) {
            int width = switch (step.kind()) {
                case PROPORTIONAL -> step.weights().length;
                case UNIFORM -> (int) step.bound();
                case OPAQUE -> 0;
            };
            return new Node(step.kind(), step.weights(), step.bound(), new Node[width], null);
        }

        boolean matches(Decisions.Step step) {
            return leaf == null && kind == step.kind() && bound == step.bound()
                    && Arrays.equals(weights, step.weights());
        }
    }
}
