package dev.failoverstudio.domain.validate;

import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HealthCheckTag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.failoverstudio.domain.validate.Fixtures.PUBLIC_IP;
import static dev.failoverstudio.domain.validate.Fixtures.check;
import static dev.failoverstudio.domain.validate.Fixtures.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tag limits of Route 53 health checks. The semantics spec numbers no rule for tags: the problems cite the spec's
 * source keys API:Tag (Key 1–128 characters, Value at most 256) and DG:health-checks-tagging.md (at most 50 tags,
 * the Billing and Cost Management limit that page refers to).
 */
class HealthCheckTagRulesTest {

    private static List<Problem> validate(List<HealthCheckTag> tags) {
        HealthCheck tagged = check("hc-1", EndpointCheck.http(PUBLIC_IP)).withTags(tags);
        return design().healthCheck(tagged).validate().stream()
                .filter(p -> p.code().startsWith("API:") || p.code().startsWith("DG:")).toList();
    }

    @Test
    void tagsWithinTheLimitsAreAccepted() {
        List<HealthCheckTag> tags = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            tags.add(new HealthCheckTag("k" + i, "v"));
        }
        tags.add(new HealthCheckTag("k".repeat(128), "v".repeat(256)));
        assertThat(validate(tags)).isEmpty();
        assertThat(validate(List.of(new HealthCheckTag("empty-value", "")))).isEmpty();
    }

    @Test
    void apiTag_keysOfMoreThan128OrNoCharactersAndValuesOfMoreThan256AreRefused() {
        List<Problem> problems = validate(List.of(new HealthCheckTag("k".repeat(129), "v"),
                new HealthCheckTag("", "v"), new HealthCheckTag("ok", "v".repeat(257))));
        assertThat(problems).extracting(Problem::code).containsExactly("API:Tag", "API:Tag", "API:Tag");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.apiError()).isEqualTo(ApiErrors.INVALID_INPUT);
            assertThat(p.healthCheckId()).isEqualTo("hc-1");
            assertThat(p.message()).contains("no numbered rule in the semantics spec");
        });
        assertThat(problems.get(0).message()).contains("129 characters");
        assertThat(problems.get(1).message()).contains("0 characters");
        assertThat(problems.get(2).message()).contains("257 characters");
    }

    @Test
    void dgHealthChecksTagging_moreThan50TagsAreRefused() {
        List<HealthCheckTag> tags = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tags.add(new HealthCheckTag("k" + i, "v"));
        }
        assertThat(validate(tags)).extracting(Problem::code).containsExactly("DG:health-checks-tagging.md");
    }

    @Test
    void aKeyTwiceCannotReachTheModel() {
        assertThatThrownBy(() -> check("hc-1", EndpointCheck.http(PUBLIC_IP))
                .withTags(List.of(new HealthCheckTag("env", "a"), new HealthCheckTag("env", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("env");
        // keys are case-sensitive: these are two tags
        assertThat(check("hc-1", EndpointCheck.http(PUBLIC_IP)).withTags(List.of(new HealthCheckTag("env", "a"),
                new HealthCheckTag("Env", "b"))).tags()).hasSize(2);
    }
}
