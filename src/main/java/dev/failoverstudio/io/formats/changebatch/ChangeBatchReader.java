package dev.failoverstudio.io.formats.changebatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeAction;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.formats.RecordSetMapper;
import dev.failoverstudio.io.json.JsonDocuments;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;
import dev.failoverstudio.io.json.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a change batch (S2) as {@code --change-batch} takes it, or wrapped as the SDK request
 * {@code {"HostedZoneId", "ChangeBatch": {...}}}. Unknown members are reported (V1) so nothing is dropped
 * silently; record sets are read as {@link dev.failoverstudio.io.formats.Route53JsonReader} reads them.
 */
public final class ChangeBatchReader {

    private static final List<String> BATCH_FIELDS = List.of("Comment", "Changes");
    private static final List<String> CHANGE_FIELDS = List.of("Action", "ResourceRecordSet");

    private final JsonDocuments documents;

    public ChangeBatchReader(ObjectMapper mapper) {
        this.documents = new JsonDocuments(Objects.requireNonNull(mapper, "mapper"));
    }

    /** The batch in {@code json}; {@code file} names the source in problems. */
    public ChangeBatch read(String file, String json) throws ImportException {
        Problems problems = new Problems(file);
        JsonValue root = JsonValue.root(documents.parse(file, json), problems);
        JsonFields top = root.requireObject("S2");
        if (top == null) {
            problems.throwIfAny();
        }
        if (top.has("ChangeBatch")) {
            top.rejectUnknown(List.of("HostedZoneId", "ChangeBatch"), "S2");
            top = top.field("ChangeBatch").requireObject("S2");
            if (top == null) {
                problems.throwIfAny();
            }
        }
        top.rejectUnknown(BATCH_FIELDS, "V1");
        String comment = top.field("Comment").asString("V1");
        List<JsonValue> elements = top.required("Changes", "V1").asArray("V1");
        List<Change> changes = new ArrayList<>();
        RecordSetMapper mapper = new RecordSetMapper();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            JsonFields change = element.requireObject("V1");
            if (change == null) {
                continue;
            }
            change.rejectUnknown(CHANGE_FIELDS, "V1");
            ChangeAction action = action(change.required("Action", "V1"));
            RecordSet recordSet = mapper.map(change.required("ResourceRecordSet", "V1"));
            if (action != null && recordSet != null) {
                changes.add(new Change(action, recordSet));
            }
        }
        problems.throwIfAny();
        return new ChangeBatch(comment, changes);
    }

    private static ChangeAction action(JsonValue value) {
        String text = value.asString("V1");
        if (text == null) {
            return null;
        }
        for (ChangeAction action : ChangeAction.values()) {
            if (action.name().equals(text)) {
                return action;
            }
        }
        value.report("V1", "Action must be CREATE, DELETE or UPSERT, found " + JsonValue.quote(text));
        return null;
    }
}
