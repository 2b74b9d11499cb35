package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How deeply answering can nest (R140–R142, A22, A25): the longest in-zone alias chain, in groups. */
class AliasNestingTest {

    private static int levels(ZoneFixture z) {
        return new EngineHarness(z).compiled().aliasLevels();
    }

    @Test
    void aZoneWithoutAliasesNestsOneLevel() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).values("192.0.2.1");
        assertThat(levels(z)).isEqualTo(1);
    }

    @Test
    void theLongestChainOfATreeCounts() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("a", 1).alias("a", true);
        z.add("www", RecordType.A).weighted("b", 1).alias("b", true);
        z.add("a", RecordType.A).values("192.0.2.1");
        z.add("b", RecordType.A).weighted("c", 1).alias("c", true);
        z.add("b", RecordType.A).weighted("d", 1).values("192.0.2.2");
        z.add("c", RecordType.A).alias("e", false);
        z.add("e", RecordType.A).values("192.0.2.3");
        // www -> b -> c -> e
        assertThat(levels(z)).isEqualTo(4);
        assertThat(new EngineHarness(z).compiled().hasAliasCycles()).isFalse();
    }

    @Test
    void aliasesToMissingGroupsOrOtherTypesAddNoLevel() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).alias("nowhere", false);
        z.add("api", RecordType.AAAA).alias("v4", false);
        z.add("v4", RecordType.A).values("192.0.2.1");
        assertThat(levels(z)).isEqualTo(1);
    }

    @Test
    void aCycleIsBoundedByTwiceTheGroups() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("a", RecordType.A).alias("b", true);
        z.add("b", RecordType.A).alias("c", true);
        z.add("c", RecordType.A).alias("a", true);
        int groups = 3 + 2; // and the apex SOA and NS every zone has (R7)
        assertThat(levels(z)).isEqualTo(2 * groups + 2);
        assertThat(new EngineHarness(z).compiled().hasAliasCycles()).isTrue();
    }

    @Test
    void aChainOfAnyLengthIsMeasuredWithoutDeepRecursion() {
        ZoneFixture z = new ZoneFixture("example.com.");
        for (int level = 0; level < 50_000; level++) {
            z.add("l" + level, RecordType.A).alias("l" + (level + 1), false);
        }
        z.add("l50000", RecordType.A).values("192.0.2.1");
        assertThat(levels(z)).isEqualTo(50_001);
    }
}
