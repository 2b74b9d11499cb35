package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.ui.vm.health.LiveFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The resolver pane's view model without the toolkit. */
class ResolverViewModelTest {

    private final LiveFixture tree = LiveFixture.sample("latency-weighted-tree.json");
    private final ResolverViewModel vm = new ResolverViewModel(tree.live, TaskRunner.sameThread());

    private static Choice choice(List<Choice> choices, String code) {
        return choices.stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
    }

    @Test
    void answersWithRcodeDigLikeResponseNumberedTraceAndLitPath_R45_R158() {
        vm.nameProperty().set("example.com");
        vm.regionProperty().set(choice(vm.regions(), "us-east-1"));
        assertThat(vm.rcodeProperty().get()).isEqualTo("NOERROR");
        String response = vm.responseProperty().get();
        assertThat(response).contains(";; ->>HEADER<<- opcode: QUERY, status: NOERROR")
                .contains(";; ANSWER SECTION:")
                .containsPattern("example\\.com\\.\\s+60\\s+IN\\s+A\\s+198\\.51\\.100\\.2[12]")
                .contains(";; AUTHORITY SECTION:");
        assertThat(vm.trace()).first().asString().startsWith("1. ");
        assertThat(vm.trace()).anyMatch(s -> s.contains("(R45)"));
        assertThat(vm.litPath()).startsWith(
                new RecordSetKey(DomainName.of("example.com."), RecordType.A, "ap-southeast-2"));
        assertThat(vm.litPath()).hasSize(2);
    }

    @Test
    void trafficSharesOfAWeightedAnswerFollowTheWeights_R72() {
        vm.nameProperty().set("example.com.");
        vm.regionProperty().set(choice(vm.regions(), "us-east-1"));
        assertThat(vm.randomProperty().get()).isTrue();
        assertThat(vm.shares()).hasSize(2);
        TrafficShare top = vm.shares().get(0);
        assertThat(top.label()).isEqualTo("198.51.100.21");
        assertThat(top.total()).isEqualTo(ResolverViewModel.SAMPLES);
        // weights 75 / 25; 10,000 samples: standard deviation 0.0043, so 0.02 is more than four of them
        assertThat(top.fraction()).isCloseTo(0.75, within(0.02));
        assertThat(vm.shares().get(1).fraction()).isCloseTo(0.25, within(0.02));
        assertThat(vm.sampleSummaryProperty().get()).contains("10,000").contains("2 distinct answers");
    }

    @Test
    void addressesAreLocatedWithTheDbIpCreditAndUnknownOnesFollowTheDefault_R104_R170_R174() {
        LiveFixture geo = LiveFixture.sample("geolocation-with-default.json");
        ResolverViewModel r = new ResolverViewModel(geo.live, TaskRunner.sameThread());
        r.nameProperty().set("www.example.com.");
        r.resolverIpProperty().set("8.8.8.8");
        assertThat(r.locationProperty().get()).contains("United States").contains("(US)")
                .contains("IP Geolocation by DB-IP");
        assertThat(r.answerSummaryProperty().get()).isEqualTo("198.51.100.1");

        r.ecsSubnetProperty().set("2a00:1450:4001::/48"); // the client subnet wins over the resolver (R174)
        // located in DE; the sample's germany check fails, so the EU record answers (R103)
        assertThat(r.trace()).anyMatch(s -> s.contains("2a00:1450:4001::/48 is in DE"));
        assertThat(r.answerSummaryProperty().get()).isEqualTo("192.0.2.44");
        assertThat(r.locationProperty().get()).contains("(DE)").contains("the client subnet wins");

        r.ecsSubnetProperty().set("");
        r.resolverIpProperty().set("192.168.1.1"); // no location: the default record answers (R104)
        assertThat(r.locationProperty().get()).contains("no location");
        assertThat(r.answerSummaryProperty().get()).isEqualTo("203.0.113.1");

        r.countryProperty().set(choice(r.countries(), "FR")); // a given country wins over the address
        assertThat(r.answerSummaryProperty().get()).isEqualTo("192.0.2.44");
        assertThat(r.locationProperty().get()).contains("not used");
        r.pickCountry("US", "CA");
        assertThat(r.answerSummaryProperty().get()).isEqualTo("198.51.100.6");
    }

    @Test
    void unreadableInputsAreReportedNotThrown() {
        vm.latitudeProperty().set("north");
        assertThat(vm.problemProperty().get()).contains("Latitude").contains("not a number");
        assertThat(vm.rcodeProperty().get()).isEmpty();
        vm.latitudeProperty().set("48.85");
        assertThat(vm.problemProperty().get()).contains("both latitude and longitude");
        vm.longitudeProperty().set("2.35");
        assertThat(vm.problemProperty().get()).isEmpty();
        vm.resolverIpProperty().set("999.1.1.1");
        assertThat(vm.problemProperty().get()).contains("not an IPv4 or IPv6 address");
        vm.resolverIpProperty().set("");
        vm.nameProperty().set("  ");
        assertThat(vm.problemProperty().get()).contains("Type a name");
    }

    @Test
    void completionOffersTheDesignsNames() {
        assertThat(vm.completions("us-")).containsExactly("us-east-1-www.example.com.");
        assertThat(vm.completions("")).contains("example.com.", "ap-southeast-2-www.example.com.");
    }

    @Test
    void samplingRunsInTheBackgroundAndOnlyTheNewestResultIsShown() {
        Deque<Runnable> background = new ArrayDeque<>();
        Deque<Runnable> fx = new ArrayDeque<>();
        ResolverViewModel later = new ResolverViewModel(tree.live, new TaskRunner(background::add, fx::add));
        later.nameProperty().set("example.com.");
        later.regionProperty().set(choice(later.regions(), "us-east-1"));
        // the traced answer is there at once; the samples are not
        assertThat(later.answerSummaryProperty().get()).isNotEmpty();
        assertThat(later.samplingProperty().get()).isTrue();
        assertThat(later.shares()).isEmpty();
        later.nameProperty().set("us-east-1-www.example.com."); // newer work supersedes the queued runs
        while (!background.isEmpty()) {
            background.poll().run();
        }
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
        assertThat(later.samplingProperty().get()).isFalse();
        // last resort over both unhealthy weighted records (R72 step 3): 50 / 50
        assertThat(later.shares()).extracting(TrafficShare::label)
                .containsExactlyInAnyOrder("192.0.2.11", "192.0.2.12");
        assertThat(later.samplingNanosProperty().get()).isPositive();
    }
}
