package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.domain.validate.ChangeBatchSize;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.failoverstudio.domain.exchange.Zones.a;
import static dev.failoverstudio.domain.exchange.Zones.applyAccepted;
import static dev.failoverstudio.domain.exchange.Zones.weighted;
import static dev.failoverstudio.domain.exchange.Zones.zone;
import static org.assertj.core.api.Assertions.assertThat;

/** Splitting at the per-request limits of V7 (1,000 ResourceRecord elements, 32,000 value characters, UPSERT x2). */
class ChangeBatchSplitterTest {

    private static List<String> addresses(int from, int count) {
        List<String> values = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            values.add("10." + (i / 65536 % 256) + "." + (i / 256 % 256) + "." + (i % 256));
        }
        return values;
    }

    private static RecordSet big(String name, int from, int count) {
        return a(name).withValues(addresses(from, count));
    }

    @Test
    void v7_elementsOver1000AreSplitAndEveryBatchIsAccepted() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            changes.add(Change.create(big("n" + i + ".example.com", i * 400, 300)));
        }
        List<ChangeBatch> batches = ChangeBatchSplitter.split(changes, "big");
        assertThat(batches).hasSize(3);
        assertThat(batches).allSatisfy(b -> assertThat(ChangeBatchSize.of(b.changes()).withinLimits()).isTrue());
        assertThat(batches.stream().flatMap(b -> b.changes().stream()).toList()).isEqualTo(changes);
        assertThat(batches.get(0).comment()).isEqualTo("big (part 1 of 3)");
        HostedZone current = zone();
        for (ChangeBatch batch : batches) {
            current = applyAccepted(current, batch);
        }
        assertThat(current.recordSets()).hasSize(2 + 7);
    }

    @Test
    void v7_upsertCountsTwice() {
        Change upsert = Change.upsert(big("a.example.com", 0, 400));
        Change upsert2 = Change.upsert(big("b.example.com", 400, 400));
        assertThat(ChangeBatchSize.of(upsert).resourceRecords()).isEqualTo(800);
        assertThat(ChangeBatchSplitter.split(List.of(upsert, upsert2), null)).hasSize(2);
        Change create = Change.create(big("a.example.com", 0, 400));
        Change create2 = Change.create(big("b.example.com", 400, 400));
        assertThat(ChangeBatchSplitter.split(List.of(create, create2), null)).hasSize(1);
    }

    @Test
    void v7_valueCharactersOver32000AreSplit() {
        // TXT values of about 2,800 characters: 12 of them exceed 32,000 characters but hold only 12 elements
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            RecordSet txt = new RecordSet(dev.failoverstudio.domain.model.DomainName.of("t" + i + ".example.com"),
                    dev.failoverstudio.domain.model.RecordType.TXT, null,
                    dev.failoverstudio.domain.model.SimpleRouting.INSTANCE, 60L,
                    List.of("\"" + "x".repeat(250) + "\"" + (" \"" + "y".repeat(250) + "\"").repeat(10) + " \"z\""),
                    null, null, null);
            changes.add(Change.create(txt));
        }
        assertThat(ChangeBatchSize.of(changes).valueCharacters()).isGreaterThan(32_000);
        List<ChangeBatch> batches = ChangeBatchSplitter.split(changes, null);
        assertThat(batches).hasSize(2);
        assertThat(batches).allSatisfy(b -> assertThat(ChangeBatchSize.of(b.changes()).valueCharacters())
                .isLessThanOrEqualTo(32_000));
    }

    @Test
    void v11_aGroupStaysInOneBatchWhenItFits() {
        List<Change> changes = new ArrayList<>();
        changes.add(Change.create(big("filler.example.com", 0, 900)));
        for (int m = 0; m < 3; m++) {
            changes.add(new Change(ChangeAction.CREATE, weighted("api.example.com", "m" + m, 1, "192.0.2." + m)
                    .withValues(addresses(5000 + m * 40, 40))));
        }
        List<ChangeBatch> batches = ChangeBatchSplitter.split(changes, null);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).changes()).hasSize(3); // the weighted group was not cut after 2 members
    }

    @Test
    void v7_aSingleOversizedChangeIsReported() {
        Change huge = Change.create(big("huge.example.com", 0, 1001));
        assertThat(ChangeBatchSplitter.oversized(List.of(huge))).containsExactly(huge);
        assertThat(ChangeBatchSplitter.split(List.of(huge), null)).hasSize(1);
    }
}
