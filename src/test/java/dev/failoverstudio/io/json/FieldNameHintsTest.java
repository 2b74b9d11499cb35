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
        assertThat(FieldNameHints.closest("sise", EXPECT_FIELDS)).contains("size");
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
        assertThat(FieldNameHints.editDistance("titel", "title")).as("a swap is one edit").isEqualTo(1);
    }
}
