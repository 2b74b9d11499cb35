package dev.failoverstudio.io.formats;

import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.List;

/**
 * Finds the list inside the shapes the AWS CLI prints: a response object holding the list under one field
 * ({@code {"ResourceRecordSets": [...], "IsTruncated": false, ...}}), or the bare array. Paging fields and
 * anything else beside the list are ignored.
 */
final class ListDocuments {

    private ListDocuments() {
    }

    /**
     * The elements of {@code document}, or null (with a problem recorded) when it is neither an array nor an
     * object carrying the array in {@code listField}.
     *
     * @param what names the document in messages, e.g. "a ListResourceRecordSets response"
     */
    static List<JsonValue> elements(JsonValue document, String listField, String rule, String what) {
        if (document.node().isArray()) {
            return document.asArray(rule);
        }
        if (document.node().isObject()) {
            JsonFields response = document.asObject(rule);
            if (response.has(listField)) {
                return response.field(listField).asArray(rule);
            }
        }
        String found = document.node().isObject()
                ? "an object without \"" + listField + "\""
                : document.describeFound();
        document.report(rule, "expected " + what + " ({\"" + listField + "\": [...]}) or a bare array, found "
                + found);
        return null;
    }
}
