package dev.failoverstudio.domain.resolve;

import dev.failoverstudio.domain.model.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** §7.3 failover routing: R80–R84 with A8 and A9. */
class FailoverRoutingTest {

    private static final String PRIMARY = "192.0.2.1";
    private static final String SECONDARY = "192.0.2.2";

    private static EngineHarness pair() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").values(PRIMARY);
        z.add("www", RecordType.A).secondary("s").healthCheck("hc-s").values(SECONDARY);
        return new EngineHarness(z);
    }

    @Test
    void r80_eitherRoleMayBeAnAliasOrPlainRecordSet() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").values(PRIMARY);
        z.add("www", RecordType.A).secondary("s").alias("backup", true);
        z.add("backup", RecordType.A).values(SECONDARY);
        z.add("api", RecordType.A).primary("p").alias("origin", true);
        z.add("api", RecordType.A).secondary("s").values(SECONDARY);
        z.add("origin", RecordType.A).healthCheck("hc-o").values(PRIMARY);
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A").answers()).containsExactly(PRIMARY);
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-p")).answers())
                .containsExactly(SECONDARY);
        assertThat(h.resolve("api.example.com", "A").answers()).containsExactly(PRIMARY);
        assertThat(h.resolve("api.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-o")).answers())
                .containsExactly(SECONDARY);
    }

    @Test
    void r81_theDecisionTable() {
        EngineHarness h = pair();
        record Row(boolean primaryHealthy, boolean secondaryHealthy, String answer) {
        }
        for (Row row : List.of(new Row(true, true, PRIMARY), new Row(true, false, PRIMARY),
                new Row(false, true, SECONDARY), new Row(false, false, PRIMARY))) {
            FixedHealth health = FixedHealth.allHealthy();
            if (!row.primaryHealthy) {
                health.unhealthy("hc-p");
            }
            if (!row.secondaryHealthy) {
                health.unhealthy("hc-s");
            }
            Resolution r = h.resolve("www.example.com", "A", health);
            assertThat(r.answers()).as(row.toString()).containsExactly(row.answer);
            if (!row.primaryHealthy && !row.secondaryHealthy) {
                assertThat(r.trace()).anyMatch(s -> s.step().equals("last resort") && s.rule().equals("R81"));
            }
        }
    }

    @Test
    void r81_aSecondaryWithoutHealthCheckIsReturnedWheneverThePrimaryIsUnhealthy() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").healthCheck("hc-p").values(PRIMARY);
        z.add("www", RecordType.A).secondary("s").alias("backup", false);
        z.add("backup", RecordType.A).healthCheck("hc-backup").values(SECONDARY);
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A",
                FixedHealth.allHealthy().unhealthy("hc-p", "hc-backup"));
        assertThat(r.answers()).containsExactly(SECONDARY);
    }

    @Test
    void r81_aPrimaryWithoutHealthCheckIsAlwaysReturned() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").values(PRIMARY);
        z.add("www", RecordType.A).secondary("s").healthCheck("hc-s").values(SECONDARY);
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-s")).answers())
                .containsExactly(PRIMARY);
    }

    @Test
    void r82_a8_aGroupWithOnlyOneRoleReturnsItHealthyOrNot() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("only-primary", RecordType.A).primary("p").healthCheck("hc-p").values(PRIMARY);
        z.add("only-secondary", RecordType.A).secondary("s").healthCheck("hc-s").values(SECONDARY);
        EngineHarness h = new EngineHarness(z);
        FixedHealth down = FixedHealth.allHealthy().unhealthy("hc-p", "hc-s");
        assertThat(h.resolve("only-primary.example.com", "A", down).answers()).containsExactly(PRIMARY);
        assertThat(h.resolve("only-secondary.example.com", "A", down).answers()).containsExactly(SECONDARY);
        assertThat(h.resolve("only-secondary.example.com", "A", down).trace())
                .anyMatch(s -> s.rule().equals("R82"));
    }

    @Test
    void r83_theActivePassivePatternWithEthAliasesToWeightedGroups() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("active", true);
        z.add("www", RecordType.A).secondary("s").alias("passive", true);
        z.add("active", RecordType.A).weighted("a1", 1).healthCheck("hc-a1").values("192.0.2.11");
        z.add("active", RecordType.A).weighted("a2", 1).healthCheck("hc-a2").values("192.0.2.12");
        z.add("passive", RecordType.A).weighted("b1", 1).healthCheck("hc-b1").values("192.0.2.21");
        EngineHarness h = new EngineHarness(z);
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-a1")).answers())
                .containsExactly("192.0.2.12");
        assertThat(h.resolve("www.example.com", "A", FixedHealth.allHealthy().unhealthy("hc-a1", "hc-a2"))
                .answers()).containsExactly("192.0.2.21");
    }

    @Test
    void r83_a9_aFailoverAliasWithEthFalseIsAcceptedAndNeverBacksOut() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).primary("p").alias("active", false);
        z.add("www", RecordType.A).secondary("s").values(SECONDARY);
        z.add("active", RecordType.A).healthCheck("hc-a").values(PRIMARY);
        Resolution r = new EngineHarness(z).resolve("www.example.com", "A",
                FixedHealth.allHealthy().unhealthy("hc-a"));
        assertThat(r.answers()).containsExactly(PRIMARY);
    }

    @Test
    void r84_aFailoverGroupAsAliasTargetIsHealthyWhenPrimaryOrSecondaryIs() {
        ZoneFixture z = new ZoneFixture("example.com.");
        z.add("www", RecordType.A).weighted("pair", 1).alias("pair", true);
        z.add("www", RecordType.A).weighted("other", 1).healthCheck("hc-other").values("192.0.2.9");
        z.add("pair", RecordType.A).primary("p").healthCheck("hc-p").values(PRIMARY);
        z.add("pair", RecordType.A).secondary("s").healthCheck("hc-s").values(SECONDARY);
        EngineHarness h = new EngineHarness(z);
        FixedHealth otherDown = FixedHealth.allHealthy().unhealthy("hc-other");
        assertThat(h.resolve("www.example.com", "A", otherDown).answers()).containsExactly(PRIMARY);
        assertThat(h.resolve("www.example.com", "A", otherDown.unhealthy("hc-p")).answers())
                .containsExactly(SECONDARY);
        FixedHealth pairDown = FixedHealth.allHealthy().unhealthy("hc-p", "hc-s");
        assertThat(h.sample("www.example.com", "A", ClientContext.UNMAPPED, pairDown, 400, 84))
                .containsOnlyKeys(EngineHarness.set("192.0.2.9"));
    }
}
