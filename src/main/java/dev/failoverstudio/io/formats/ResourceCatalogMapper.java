package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.AwsResource;
import dev.failoverstudio.domain.model.AwsResourceKind;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.ResourceCatalog;
import dev.failoverstudio.domain.model.TargetGroupHealth;
import dev.failoverstudio.io.json.JsonFields;
import dev.failoverstudio.io.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps a scenario's {@code resourceCatalog} (C9): canonical DNS name → {@code {"kind", "ipv4", "ipv6",
 * "healthy", "ttl"}}, where {@code healthy} is {@code true}/{@code false} or per-target-group data
 * {@code {"targetGroups": [{"name", "registered", "healthy"}]}} (A6). These are the simulator's own objects,
 * so unknown fields are errors.
 */
final class ResourceCatalogMapper {

    private static final List<String> RESOURCE_FIELDS = List.of("kind", "ipv4", "ipv6", "healthy", "ttl");
    private static final List<String> TARGET_GROUP_FIELDS = List.of("name", "registered", "healthy");

    ResourceCatalog map(JsonValue value) {
        JsonFields entries = value.asObject("C9");
        if (entries == null) {
            return ResourceCatalog.EMPTY;
        }
        Map<DomainName, AwsResource> resources = new LinkedHashMap<>();
        Map<DomainName, String> spelling = new LinkedHashMap<>();
        entries.entries().forEach((key, entry) -> {
            DomainName name = Names.parse(entry, key);
            AwsResource resource = resource(entry, name);
            if (name == null) {
                return;
            }
            String firstSpelling = spelling.putIfAbsent(name, key);
            if (firstSpelling != null) {
                entry.report("C9", "names the same resource as " + JsonValue.quote(firstSpelling));
            } else if (resource != null) {
                resources.put(name, resource);
            }
        });
        return new ResourceCatalog(resources);
    }

    private static AwsResource resource(JsonValue value, DomainName name) {
        JsonFields fields = value.requireObject("C9");
        if (fields == null) {
            return null;
        }
        int mark = fields.problems().count();
        fields.rejectUnknown(RESOURCE_FIELDS, "C9");
        AwsResourceKind kind = kind(fields.required("kind", "C9"));
        List<String> ipv4 = fields.field("ipv4").asStrings("C9");
        List<String> ipv6 = fields.field("ipv6").asStrings("C9");
        Long ttl = fields.field("ttl").asLong("C9");
        JsonValue healthValue = fields.field("healthy");
        Boolean healthy = null;
        List<TargetGroupHealth> targetGroups = List.of();
        if (healthValue.node().isObject()) {
            targetGroups = targetGroups(healthValue.asObject("C9"));
        } else if (healthValue.isPresent() && !healthValue.node().isBoolean()) {
            healthValue.wrongType("true, false or {\"targetGroups\": [...]}", "C9");
        } else {
            healthy = healthValue.asBoolean("C9");
        }
        if (fields.problems().hasNewSince(mark) || name == null) {
            return null;
        }
        return new AwsResource(name, kind, ipv4, ipv6, healthy, targetGroups, ttl);
    }

    private static AwsResourceKind kind(JsonValue value) {
        String text = value.asString("C9");
        if (text == null) {
            return null;
        }
        return AwsResourceKind.parse(text).orElseGet(() -> {
            value.report("C9", "unknown resource kind " + JsonValue.quote(text) + "; expected one of "
                    + Arrays.stream(AwsResourceKind.values()).map(AwsResourceKind::code)
                    .collect(Collectors.joining(", ")));
            return null;
        });
    }

    private static List<TargetGroupHealth> targetGroups(JsonFields health) {
        health.rejectUnknown(List.of("targetGroups"), "C9");
        List<JsonValue> elements = health.required("targetGroups", "C9").asArray("C9");
        List<TargetGroupHealth> groups = new ArrayList<>();
        for (JsonValue element : elements == null ? List.<JsonValue>of() : elements) {
            JsonFields group = element.requireObject("C9");
            if (group == null) {
                continue;
            }
            group.rejectUnknown(TARGET_GROUP_FIELDS, "C9");
            String name = group.field("name").asString("C9");
            Integer registered = count(group.required("registered", "C9"));
            Integer healthy = count(group.required("healthy", "C9"));
            if (registered != null && healthy != null) {
                groups.add(new TargetGroupHealth(name, registered, healthy));
            }
        }
        return groups;
    }

    private static Integer count(JsonValue value) {
        Integer count = value.asInt("C9");
        if (count != null && count < 0) {
            value.report("C9", "a target count cannot be negative, found " + count);
            return null;
        }
        return count;
    }
}
