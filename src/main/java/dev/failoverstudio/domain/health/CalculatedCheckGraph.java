package dev.failoverstudio.domain.health;

import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.HealthCheck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "reads the status of" graph between calculated checks that read their children
 * ({@link CalculatedMeasurement#readsChildren}). Valid designs have no edges at all (HV15); the graph exists so
 * that invalid ones, with nested or cyclic calculated checks, are still evaluated deterministically and
 * without recursion.
 *
 * <p>Its strongly connected components (Tarjan, iterative) come out children first: a component is emitted
 * only after every component it reads from. A component is a cycle when it has more than one check or a check
 * that lists itself as a child.
 */
final class CalculatedCheckGraph {

    /** One strongly connected component, with its members in discovery order. */
    record Component(List<String> members, boolean cyclic) {
    }

    private final Map<String, List<String>> edges = new HashMap<>();
    private final List<String> nodes = new ArrayList<>();

    CalculatedCheckGraph(Map<String, HealthCheck> checks) {
        for (HealthCheck check : checks.values()) {
            if (CalculatedMeasurement.readsChildren(check)) {
                nodes.add(check.id());
            }
        }
        Set<String> nodeSet = new HashSet<>(nodes);
        for (String node : nodes) {
            List<String> targets = new ArrayList<>();
            for (String child : CalculatedMeasurement.distinctChildren((CalculatedCheck) checks.get(node).config())) {
                if (nodeSet.contains(child)) {
                    targets.add(child);
                }
            }
            edges.put(node, targets);
        }
    }

    /** Components in an order where everything a component reads comes before it. */
    List<Component> componentsChildrenFirst() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> lowLink = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Component> components = new ArrayList<>();

        for (String root : nodes) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Frame> work = new ArrayDeque<>();
            visit(root, index, lowLink, stack, onStack, work);
            while (!work.isEmpty()) {
                Frame frame = work.peek();
                if (frame.successors.hasNext()) {
                    String next = frame.successors.next();
                    if (!index.containsKey(next)) {
                        visit(next, index, lowLink, stack, onStack, work);
                    } else if (onStack.contains(next)) {
                        lowLink.merge(frame.node, index.get(next), Math::min);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    lowLink.merge(work.peek().node, lowLink.get(frame.node), Math::min);
                }
                if (lowLink.get(frame.node).equals(index.get(frame.node))) {
                    components.add(popComponent(frame.node, stack, onStack));
                }
            }
        }
        return components;
    }

    private void visit(String node, Map<String, Integer> index, Map<String, Integer> lowLink, Deque<String> stack,
                       Set<String> onStack, Deque<Frame> work) {
        int number = index.size();
        index.put(node, number);
        lowLink.put(node, number);
        stack.push(node);
        onStack.add(node);
        work.push(new Frame(node, edges.get(node).iterator()));
    }

    private Component popComponent(String root, Deque<String> stack, Set<String> onStack) {
        List<String> members = new ArrayList<>();
        String member;
        do {
            member = stack.pop();
            onStack.remove(member);
            members.add(member);
        } while (!member.equals(root));
        Collections.reverse(members);
        boolean cyclic = members.size() > 1 || edges.get(root).contains(root);
        return new Component(List.copyOf(members), cyclic);
    }

    private record Frame(String node, Iterator<String> successors) {
    }
}
