package dev.failoverstudio.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportExceptionTest {

    @Test
    void messageListsEveryProblemAsFilePathMessageRule() {
        ImportException e = new ImportException(List.of(
                new ImportProblem("zone.json", "$.ResourceRecordSets[3].Weight", "S11",
                        "expected a number, found the string \"100\""),
                new ImportProblem("zone.json", "$", null, "the file is empty; expected a JSON document")));

        assertThat(e.getMessage()).isEqualTo(
                "zone.json: $.ResourceRecordSets[3].Weight: expected a number, found the string \"100\" (S11)\n"
                        + "zone.json: $: the file is empty; expected a JSON document");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void anExceptionWithoutProblemsIsAProgrammingError() {
        assertThatThrownBy(() -> new ImportException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
