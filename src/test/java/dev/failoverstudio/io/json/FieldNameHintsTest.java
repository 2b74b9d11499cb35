package dev.failoverstudio.io.json;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNameHintsTest {

    private static final List<String> EXPECT_FIELDS = List.of("rcode", "answers", "oneOf", "distribution",
            "tolerance", "subsetOf", "size", "ttl", "answerType");

    @Test
    void suggestsTheNearestKnownName() {
        assertThat(FieldNameHints.closest("answer", EXPECT_FIELDS)).contains("answers");
        assertThat(FieldNameHints.closest("distributon", EXPECT_FIELDS)).contains("distribution");
        assertThat(FieldNameHints.closest("TTL", EXPECT_FIELDS)).contains("ttl");
    }

    @Test
    void suggestsNothingForAnUnrelatedName() {
        assertThat(FieldNameHints.closest("colour", EXPECT_FIELDS)).isEmpty();
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(FieldNameHints.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(FieldNameHints.editDistance("", "abc")).isEqualTo(3);
        assertThat(FieldNameHints.editDistance("same", "same")).isZero();
    }
}
