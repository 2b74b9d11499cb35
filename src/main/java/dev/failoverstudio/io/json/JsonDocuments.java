package dev.failoverstudio.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Turns files and text into JSON trees. A file that cannot be read, or text that is not valid JSON, becomes
 * an {@link ImportException} whose problem gives the line and column and the JSON path reached so far.
 */
public final class JsonDocuments {

    private final ObjectMapper mapper;

    public JsonDocuments(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The UTF-8 text of {@code file}; problems name the file as {@code file.toString()}. */
    public String readText(Path file) throws ImportException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw failure(file.toString(), JsonPath.root(), "file not found");
        } catch (CharacterCodingException e) {
            throw failure(file.toString(), JsonPath.root(), "the file is not UTF-8 text");
        } catch (IOException e) {
            throw failure(file.toString(), JsonPath.root(), "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Parses {@code text} as one JSON document.
     *
     * @param file how problems name the source
     */
    public JsonNode parse(String file, String text) throws ImportException {
        JsonNode document;
        try {
            document = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw failure(file, pathReached(e), syntaxMessage(e));
        }
        if (document == null || document.isMissingNode()) {
            throw failure(file, JsonPath.root(), "the file is empty; expected a JSON document");
        }
        return document;
    }

    private static ImportException failure(String file, JsonPath at, String message) {
        return new ImportException(List.of(new ImportProblem(file, at.toString(), null, message)));
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String detail = e.getOriginalMessage();
        int newline = detail.indexOf('\n');
        if (newline >= 0) {
            detail = detail.substring(0, newline);
        }
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "not valid JSON" + where + ": " + detail;
    }

    /** The path of the value the parser was in when it failed, e.g. {@code $.queries[2]}. */
    private static JsonPath pathReached(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return JsonPath.root();
        }
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        JsonPath path = JsonPath.root();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = path.index(Math.max(0, c.getCurrentIndex()));
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = path.field(c.getCurrentName());
            }
        }
        return path;
    }
}
