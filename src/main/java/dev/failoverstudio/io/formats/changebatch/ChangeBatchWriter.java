package dev.failoverstudio.io.formats.changebatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.validate.Change;
import dev.failoverstudio.domain.validate.ChangeBatch;
import dev.failoverstudio.io.formats.Route53JsonWriter;

import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a {@link ChangeBatch} as the JSON that {@code aws route53 change-resource-record-sets --change-batch
 * file://...} takes (S2): {@code {"Comment", "Changes": [{"Action", "ResourceRecordSet"}]}}. Record sets are
 * written exactly as {@link Route53JsonWriter} writes them, without {@code TrafficPolicyInstanceId}, which
 * Route 53 sets itself (R12).
 */
public final class ChangeBatchWriter {

    private final ObjectMapper mapper;
    private final Route53JsonWriter route53;

    public ChangeBatchWriter(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.route53 = new Route53JsonWriter(mapper);
    }

    public String write(ChangeBatch batch) {
        return text(node(batch));
    }

    /** The batch as a JSON tree. */
    public ObjectNode node(ChangeBatch batch) {
        ObjectNode document = mapper.createObjectNode();
        if (batch.comment() != null) {
            document.put("Comment", batch.comment());
        }
        ArrayNode changes = document.putArray("Changes");
        for (Change change : batch.changes()) {
            ObjectNode node = changes.addObject();
            node.put("Action", change.action().name());
            node.set("ResourceRecordSet", recordSetNode(change.recordSet()));
        }
        return document;
    }

    /** A ResourceRecordSet as a change carries it. */
    public ObjectNode recordSetNode(RecordSet recordSet) {
        ObjectNode node = route53.recordSetNode(recordSet);
        node.remove("TrafficPolicyInstanceId");
        return node;
    }

    String text(Object document) {
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
    }
}
