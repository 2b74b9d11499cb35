package dev.failoverstudio.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonDocumentsTest {

    private final JsonDocuments documents = new JsonDocuments(ObjectMappers.create());

    @Test
    void parsesAValidDocument() throws ImportException {
        JsonNode node = documents.parse("a.json", "{\"a\": [1, 2]}");
        assertThat(node.get("a").size()).isEqualTo(2);
    }

    @Test
    void invalidJsonNamesLineColumnAndThePathReached() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> documents.parse("bad.json", "{\n  \"queries\": [\n    {\"name\": \"a\",}\n  ]\n}"));

        ImportProblem problem = e.problems().get(0);
        assertThat(problem.file()).isEqualTo("bad.json");
        assertThat(problem.jsonPath()).isEqualTo("$.queries[0].name");
        assertThat(problem.rule()).isNull();
        assertThat(problem.message()).startsWith("not valid JSON at line 3, column 18: ");
    }

    @Test
    void aRepeatedKeyIsASyntaxError() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> documents.parse("dup.json", "{\"Weight\": 1,\n \"Weight\": 2}"));

        assertThat(e.getMessage()).contains("dup.json: $.Weight: not valid JSON at line 2, column")
                .contains("Duplicate field 'Weight'");
    }

    @Test
    void contentAfterTheDocumentIsAnError() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> documents.parse("two.json", "{} {}"));

        assertThat(e.problems().get(0).message()).startsWith("not valid JSON at line 1");
    }

    @Test
    void anEmptyFileIsAnError() {
        ImportException e = catchThrowableOfType(ImportException.class, () -> documents.parse("empty.json", "  \n"));

        assertThat(e.getMessage()).isEqualTo("empty.json: $: the file is empty; expected a JSON document");
    }

    @Test
    void aMissingFileIsAnImportProblem(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        ImportException e = catchThrowableOfType(ImportException.class, () -> documents.readText(missing));

        assertThat(e.getMessage()).isEqualTo(missing + ": $: file not found");
    }

    @Test
    void readsUtf8Text(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("z.json"), "{\"title\": \"Zürich\"}");
        assertThat(documents.readText(file)).contains("Zürich");
    }
}
