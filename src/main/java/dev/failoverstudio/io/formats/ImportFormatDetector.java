package dev.failoverstudio.io.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tells which format a file to import is in, from its content first and its extension second, so a file named
 * {@code .json} that holds a template is still read as one. Only detects: the reader of the detected format
 * checks the file and reports its problems with their location, so a broken file of a known kind gets that
 * kind's messages rather than a guess.
 *
 * <p>JSON objects: {@code AWSPolicyFormatVersion} is a Traffic Flow document; {@code Resources} or
 * {@code AWSTemplateFormatVersion} a CloudFormation template; {@code Changes} or {@code ChangeBatch} a change
 * batch; anything else (project, scenario, list output, or a JSON file of none of these) goes to the design
 * reader, which says what it expected. Other text is a CloudFormation YAML template when it has those top-level
 * keys or a YAML extension, and otherwise a zone file. Thread-safe.
 */
public final class ImportFormatDetector {

    private static final Pattern YAML_TEMPLATE_KEY =
            Pattern.compile("^(AWSTemplateFormatVersion|Resources)\\s*:", Pattern.MULTILINE);
    private static final Pattern YAML_POLICY_KEY = Pattern.compile("^AWSPolicyFormatVersion\\s*:", Pattern.MULTILINE);

    private final ObjectMapper mapper;

    /** @param mapper the application's JSON mapper */
    public ImportFormatDetector(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** A detector over the application's mapper configuration. */
    public static ImportFormatDetector create() {
        return new ImportFormatDetector(dev.failoverstudio.io.json.ObjectMappers.create());
    }

    /** The format of {@code text}, read from a file named {@code fileName}. */
    public ImportFormat detect(String fileName, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = body.stripLeading();
        String extension = extension(fileName);
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(body);
        }
        if (YAML_POLICY_KEY.matcher(body).find()) {
            return ImportFormat.TRAFFIC_FLOW;
        }
        if (YAML_TEMPLATE_KEY.matcher(body).find() || extension.equals("yaml") || extension.equals("yml")
                || extension.equals("template")) {
            return ImportFormat.CLOUDFORMATION;
        }
        if (extension.equals("json")) {
            return ImportFormat.DESIGN_JSON; // not JSON at all: the design reader reports the syntax error
        }
        return ImportFormat.ZONE_FILE;
    }

    private ImportFormat json(String body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return ImportFormat.DESIGN_JSON; // its reader reports the syntax error with line and column
        }
        if (root == null || !root.isObject()) {
            return ImportFormat.DESIGN_JSON;
        }
        if (root.has("AWSPolicyFormatVersion")) {
            return ImportFormat.TRAFFIC_FLOW;
        }
        if (root.has("Resources") || root.has("AWSTemplateFormatVersion")) {
            return ImportFormat.CLOUDFORMATION;
        }
        if (root.has("Changes") || root.has("ChangeBatch")) {
            return ImportFormat.CHANGE_BATCH;
        }
        return ImportFormat.DESIGN_JSON;
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
