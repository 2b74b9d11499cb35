package dev.failoverstudio.io.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPathTest {

    @Test
    void identifiersUseDotsAndIndexesUseBrackets() {
        assertThat(JsonPath.root().field("resourceRecordSets").index(3).field("Weight"))
                .hasToString("$.resourceRecordSets[3].Weight");
    }

    @Test
    void otherFieldNamesUseTheQuotedBracketForm() {
        assertThat(JsonPath.root().field("healthState").field("abcdef11-2222").toString())
                .isEqualTo("$.healthState['abcdef11-2222']");
        assertThat(JsonPath.root().field("it's").toString()).isEqualTo("$['it\\'s']");
    }

    @Test
    void identifiersAreLettersDigitsAndUnderscoresNotStartingWithADigit() {
        assertThat(JsonPath.root().field("_a1").toString()).isEqualTo("$._a1");
        assertThat(JsonPath.root().field("Z9").toString()).isEqualTo("$.Z9");
        assertThat(JsonPath.root().field("1a").toString()).isEqualTo("$['1a']");
        assertThat(JsonPath.root().field("").toString()).isEqualTo("$['']");
        assertThat(JsonPath.root().field("hc:1").toString()).isEqualTo("$['hc:1']");
        assertThat(JsonPath.root().field("é").toString()).isEqualTo("$['é']");
    }

    @Test
    void theRootIsDollar() {
        assertThat(JsonPath.root()).hasToString("$");
    }

    @Test
    void equalPathsAreEqual() {
        assertThat(JsonPath.root().field("a").index(1)).isEqualTo(JsonPath.root().field("a").index(1));
    }
}
