package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.domain.validate.ChangeBatchSize;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an ordered list of changes into consecutive change batches that each respect Route 53's per-request
 * limits (V7: 1,000 {@code ResourceRecord} elements and 32,000 value characters, UPSERT counted twice).
 *
 * <p>The order is kept, so applying the batches one after the other does what the list says. Consecutive
 * changes of one group (same name and type) stay in one batch whenever the group fits in a request, because a
 * group split over two requests can pass through a state V11 rejects (e.g. half weighted, half failover).
 * A single change too large for any request is put alone in its own batch, which Route 53 will reject (V7);
 * {@link #oversized} finds those.
 */
public final class ChangeBatchSplitter {

    private ChangeBatchSplitter() {
    }

    /**
     * The batches; each carries {@code comment} (numbered "part i of n" when there are several). An empty list
     * of changes gives no batch.
     */
    public static List<ChangeBatch> split(List<Change> changes, String comment) {
        List<List<Change>> runs = groupRuns(changes);
        List<List<Change>> batches = new ArrayList<>();
        List<Change> current = new ArrayList<>();
        ChangeBatchSize currentSize = ChangeBatchSize.ZERO;
        for (List<Change> run : runs) {
            ChangeBatchSize runSize = ChangeBatchSize.of(run);
            if (currentSize.plus(runSize).withinLimits()) {
                current.addAll(run);
                currentSize = currentSize.plus(runSize);
                continue;
            }
            if (!current.isEmpty() && runSize.withinLimits()) {
                batches.add(current);
                current = new ArrayList<>(run);
                currentSize = runSize;
                continue;
            }
            for (Change change : run) { // the group is too large for one request: cut it change by change
                ChangeBatchSize size = ChangeBatchSize.of(change);
                if (!current.isEmpty() && !currentSize.plus(size).withinLimits()) {
                    batches.add(current);
                    current = new ArrayList<>();
                    currentSize = ChangeBatchSize.ZERO;
                }
                current.add(change);
                currentSize = currentSize.plus(size);
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        List<ChangeBatch> out = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            String text = batches.size() == 1 ? comment
                    : (comment == null ? "" : comment + " ") + "(part " + (i + 1) + " of " + batches.size() + ")";
            out.add(new ChangeBatch(text, batches.get(i)));
        }
        return out;
    }

    /** The changes that exceed V7 on their own and cannot be sent in any request. */
    public static List<Change> oversized(List<Change> changes) {
        return changes.stream().filter(c -> !ChangeBatchSize.of(c).withinLimits()).toList();
    }

    private static List<List<Change>> groupRuns(List<Change> changes) {
        List<List<Change>> runs = new ArrayList<>();
        GroupKey last = null;
        for (Change change : changes) {
            GroupKey key = change.recordSet().groupKey();
            if (runs.isEmpty() || !key.equals(last)) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(change);
            last = key;
        }
        return runs;
    }
}
