package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.CompositeCommand;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.HealthCheckShape;
import dev.failoverstudio.domain.edit.ReplaceHealthCheckCommand;
import dev.failoverstudio.domain.edit.ReplaceRecordSetCommand;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.AliasTarget;
import dev.failoverstudio.domain.model.CalculatedCheck;
import dev.failoverstudio.domain.model.CloudWatchCheck;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.EndpointCheck;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheckTag;
import dev.failoverstudio.domain.model.HealthCheckType;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RecordType;
import dev.failoverstudio.domain.model.RecoveryControlCheck;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The inspector: the fields of the selected record set (a member row), group (a group card) or health check,
 * with the names and ranges of the Route 53 API. Each accepted value is one undoable command; a value that
 * cannot be parsed or is out of range is refused inline and the design stays as it was.
 */
public final class InspectorViewModel {

    static final String GENERAL = "General";
    static final String ROUTING = "Routing";
    static final String ANSWER = "Answer";
    static final String CHECK = "Health check";

    // ---- Properties
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Nothing selected");
    private final ObservableList<InspectorField> fields = FXCollections.observableArrayList();

    private final DesignerViewModel designer;
    private final RoutingFields routingFields;

    public InspectorViewModel(DesignerViewModel designer, List<String> awsRegions) {
        this.designer = designer;
        this.routingFields = new RoutingFields(awsRegions);
        designer.documentProperty().addListener((o, a, b) -> rebuild());
        designer.selectedMemberProperty().addListener((o, a, b) -> rebuild());
        designer.selection().addListener((SetChangeListener<NodeKey>) c -> rebuild());
        rebuild();
    }

    /** What is being inspected, e.g. {@code Record set www.example.com. A [eu]}. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<InspectorField> fields() {
        return fields;
    }

    /** The field called {@code name}, if shown. */
    public Optional<InspectorField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    // ---- Building the fields

    private void rebuild() {
        List<InspectorField> next = new ArrayList<>();
        String title = "Nothing selected";
        Design design = designer.document().design();
        MemberRef member = designer.selectedMemberProperty().get();
        Optional<RecordSet> rs = member == null ? Optional.empty() : recordSet(design, member.zoneId(), member.key());
        if (rs.isPresent()) {
            title = "Record set " + rs.get().describe();
            recordSetFields(member.zoneId(), rs.get(), next);
        } else if (designer.selection().size() == 1) {
            NodeKey key = designer.selection().iterator().next();
            Optional<CardModel> card = designer.scene().card(key);
            if (card.isPresent() && card.get().kind() == CardKind.GROUP) {
                title = "Group " + card.get().group().describe();
                groupFields(card.get(), next);
            } else if (card.isPresent()) {
                Optional<HealthCheck> check = design.healthCheck(card.get().title());
                if (check.isPresent()) {
                    title = "Health check " + check.get().id();
                    healthCheckFields(check.get(), next);
                }
            }
        } else if (designer.selection().size() > 1) {
            title = designer.selection().size() + " cards selected";
        }
        heading.set(title);
        fields.setAll(next);
    }

    private static Optional<RecordSet> recordSet(Design design, String zoneId, RecordSetKey key) {
        for (HostedZone zone : design.zones()) {
            if (zone.id().equals(zoneId)) {
                return zone.recordSets().stream().filter(r -> r.key().equals(key)).findFirst();
            }
        }
        return Optional.empty();
    }

    private void recordSetFields(String zoneId, RecordSet rs, List<InspectorField> out) {
        Function<Function<String, RecordSet>, Function<String, Optional<String>>> replace =
                change -> text -> {
                    RecordSet replacement;
                    try {
                        replacement = change.apply(text.strip());
                    } catch (IllegalArgumentException e) {
                        return Optional.of(e.getMessage());
                    }
                    Optional<String> refusal = apply(new ReplaceRecordSetCommand(zoneId, rs.key(), replacement));
                    if (refusal.isEmpty() && !replacement.key().equals(rs.key())) {
                        // Renamed or re-identified: keep inspecting the same record set under its new key.
                        designer.selectMember(new MemberRef(zoneId, replacement.key(),
                                NodeKey.group(zoneId, replacement.groupKey())), false);
                    }
                    return refusal;
                };
        out.add(text(GENERAL, "Name", "The record name (Name); relative names get the zone's origin.",
                rs.name().text(), replace.apply(t -> rs.withName(absolute(zoneId, t)))));
        out.add(choice(GENERAL, "Type", "The record type (Type).", names(RecordType.values()), rs.type().name(),
                replace.apply(t -> withType(rs, RecordType.parse(t)
                        .orElseThrow(() -> new IllegalArgumentException(t + " is not a Route 53 record type"))))));
        out.add(text(GENERAL, "Set identifier",
                "SetIdentifier: 1–128 characters, unique within the group; required by every policy but simple.",
                rs.setIdentifier(), replace.apply(t -> rs.withRouting(Parse.setIdentifier(t), rs.routing()))));
        routingFields.add(rs, replace, out);
        if (rs.isAlias()) {
            AliasTarget target = rs.aliasTarget();
            out.add(text(ANSWER, "Alias target", "AliasTarget.DNSName; empty turns the alias into a record set "
                    + "with values.", target.dnsName().text(), replace.apply(t -> t.isEmpty()
                    ? rs.withAliasTarget(null).withTtl(300L)
                    : rs.withAliasTarget(new AliasTarget(target.hostedZoneId(), Parse.name(t),
                            target.evaluateTargetHealth())))));
            out.add(flag(ANSWER, "Evaluate target health", "AliasTarget.EvaluateTargetHealth (R45).",
                    target.evaluateTargetHealth(), replace.apply(t -> rs.withAliasTarget(new AliasTarget(
                            target.hostedZoneId(), target.dnsName(), Boolean.parseBoolean(t))))));
        } else {
            out.add(text(ANSWER, "TTL", "TTL in seconds, 0–2147483647.",
                    rs.ttl() == null ? "" : rs.ttl().toString(),
                    replace.apply(t -> rs.withTtl(Parse.range(t, "TTL", 0, 2147483647L)))));
            out.add(text(ANSWER, "Values", "ResourceRecords, comma- or line-separated.", String.join(", ", rs.values()),
                    replace.apply(t -> rs.withValues(Parse.values(t)))));
        }
        List<String> checks = new ArrayList<>();
        checks.add(RoutingFields.NONE);
        designer.document().design().healthChecks().forEach(h -> checks.add(h.id()));
        out.add(choice(ANSWER, "Health check", "HealthCheckId: the health check that decides whether this record "
                        + "set may answer (R8).", checks, rs.healthCheckId() == null ? RoutingFields.NONE
                        : rs.healthCheckId(),
                replace.apply(t -> rs.withHealthCheckId(RoutingFields.NONE.equals(t) || t.isEmpty() ? null : t))));
    }

    private void groupFields(CardModel card, List<InspectorField> out) {
        HostedZone zone = designer.document().design().zones().stream().filter(z -> z.id().equals(card.zoneId()))
                .findFirst().orElse(null);
        if (zone == null) {
            return;
        }
        List<RecordSet> members = zone.recordSets().stream().filter(r -> r.groupKey().equals(card.group())).toList();
        out.add(text(GENERAL, "Name", "Renames every record set of the group.", card.group().name().text(), t -> {
            DomainName name;
            try {
                name = absolute(card.zoneId(), t.strip());
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
            List<EditCommand> steps = new ArrayList<>();
            for (RecordSet m : members) {
                steps.add(new ReplaceRecordSetCommand(card.zoneId(), m.key(), m.withName(name)));
            }
            Optional<String> refusal = apply(new CompositeCommand("Rename " + card.group().describe() + " to "
                    + name.text(), steps));
            if (refusal.isEmpty()) {
                designer.selectCard(NodeKey.group(card.zoneId(), new GroupKey(name, card.group().type())), false);
            }
            return refusal;
        }));
        out.add(InspectorField.readOnly("Type", GENERAL, "The record type of every member.", card.group().type().name()));
        out.add(InspectorField.readOnly("Hosted zone", GENERAL, "The hosted zone ID.", zone.id() + " ("
                + zone.origin().text() + ")"));
        out.add(InspectorField.readOnly("Routing policy", ROUTING, "Shared by every member (V11).",
                members.isEmpty() ? "" : members.get(0).policy().label()));
        out.add(InspectorField.readOnly("Record sets", ROUTING, "Members of the group.",
                Integer.toString(members.size())));
    }

    private void healthCheckFields(HealthCheck check, List<InspectorField> out) {
        Function<Function<String, HealthCheck>, Function<String, Optional<String>>> replace = change -> text -> {
            HealthCheck replacement;
            try {
                replacement = change.apply(text.strip());
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
            return apply(new ReplaceHealthCheckCommand(replacement));
        };
        out.add(InspectorField.readOnly("ID", CHECK, "The health check ID.", check.id()));
        if (check.config() instanceof EndpointCheck e) {
            List<String> types = List.of("HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP");
            out.add(choice(CHECK, "Type", "Type of an endpoint check (HC3).", types, e.type().name(),
                    // Retyped as the console does: fields the new type lacks are cleared (HV5, HV6, HV10).
                    replace.apply(t -> check.withConfig(HealthCheckShape.retype(e, HealthCheckType.valueOf(t))))));
            out.add(text(CHECK, "IP address", "IPAddress; empty to use the domain name.", e.ipAddress(),
                    replace.apply(t -> check.withConfig(endpoint(e, t.isEmpty() ? null : t, e.port(),
                            e.fullyQualifiedDomainName(), e.resourcePath(), e.searchString(), e.requestInterval(),
                            e.failureThreshold(), e.regions())))));
            out.add(text(CHECK, "Domain name", "FullyQualifiedDomainName.", e.fullyQualifiedDomainName(),
                    replace.apply(t -> check.withConfig(endpoint(e, e.ipAddress(), e.port(), t.isEmpty() ? null : t,
                            e.resourcePath(), e.searchString(), e.requestInterval(), e.failureThreshold(),
                            e.regions())))));
            out.add(text(CHECK, "Port", "Port, 1–65535.", e.port() == null ? "" : e.port().toString(),
                    replace.apply(t -> check.withConfig(endpoint(e, e.ipAddress(),
                            t.isEmpty() ? null : Parse.range(t, "Port", 1, 65535), e.fullyQualifiedDomainName(),
                            e.resourcePath(), e.searchString(), e.requestInterval(), e.failureThreshold(),
                            e.regions())))));
            out.add(text(CHECK, "Resource path", "ResourcePath, e.g. /health (HTTP and HTTPS).", e.resourcePath(),
                    replace.apply(t -> check.withConfig(endpoint(e, e.ipAddress(), e.port(),
                            e.fullyQualifiedDomainName(), t.isEmpty() ? null : t, e.searchString(),
                            e.requestInterval(), e.failureThreshold(), e.regions())))));
            out.add(text(CHECK, "Search string", "SearchString for string matching, up to 255 characters.",
                    e.searchString(), replace.apply(t -> check.withConfig(endpoint(e, e.ipAddress(), e.port(),
                            e.fullyQualifiedDomainName(), e.resourcePath(), t.isEmpty() ? null
                                    : Parse.maxLength(t, "Search string", 255),
                            e.requestInterval(), e.failureThreshold(), e.regions())))));
            out.add(choice(CHECK, "Request interval", "RequestInterval: 10 or 30 seconds (HC8).", List.of("10", "30"),
                    Long.toString(e.effectiveRequestInterval()), replace.apply(t -> check.withConfig(endpoint(e,
                            e.ipAddress(), e.port(), e.fullyQualifiedDomainName(), e.resourcePath(), e.searchString(),
                            Parse.range(t, "Request interval", 10, 30), e.failureThreshold(), e.regions())))));
            out.add(text(CHECK, "Failure threshold", "FailureThreshold, 1–10 consecutive probes (HC7).",
                    Long.toString(e.effectiveFailureThreshold()), replace.apply(t -> check.withConfig(endpoint(e,
                            e.ipAddress(), e.port(), e.fullyQualifiedDomainName(), e.resourcePath(), e.searchString(),
                            e.requestInterval(), Parse.range(t, "Failure threshold", 1, 10), e.regions())))));
            out.add(text(CHECK, "Regions", "Checker Regions, at least three; empty for the eight defaults (HC10).",
                    String.join(", ", e.regions()), replace.apply(t -> check.withConfig(e.withRegions(
                            Parse.regions(t))))));
        } else if (check.config() instanceof CalculatedCheck c) {
            out.add(text(CHECK, "Child health checks", "ChildHealthChecks, comma-separated IDs.",
                    String.join(", ", c.childHealthChecks()), replace.apply(t -> check.withConfig(
                            new CalculatedCheck(Parse.values(t), c.healthThreshold())))));
            out.add(text(CHECK, "Health threshold", "HealthThreshold, 0–256 (HC13).", Long.toString(c.healthThreshold()),
                    replace.apply(t -> check.withConfig(new CalculatedCheck(c.childHealthChecks(),
                            Parse.range(t, "Health threshold", 0, 256))))));
        } else if (check.config() instanceof CloudWatchCheck c) {
            out.add(InspectorField.readOnly("Alarm", CHECK, "AlarmIdentifier.", c.alarmRegion() + " " + c.alarmName()));
        } else if (check.config() instanceof RecoveryControlCheck c) {
            out.add(InspectorField.readOnly("Routing control", CHECK, "RoutingControlArn.", c.routingControlArn()));
        }
        out.add(flag(CHECK, "Inverted", "Inverted: report the opposite status (HC17).", check.inverted(),
                replace.apply(t -> check.withInverted(Boolean.parseBoolean(t)))));
        out.add(flag(CHECK, "Disabled", "Disabled: always healthy, no probes (HC17).", check.disabled(),
                replace.apply(t -> check.withDisabled(Boolean.parseBoolean(t)))));
        out.add(text(CHECK, "Tags", "Tags as Key=Value, comma-separated (ChangeTagsForResource). A value that is an "
                        + "AWS Region code ties the check to that Region for \"Fail a Region\".",
                check.tags().stream().map(HealthCheckTag::describe).collect(java.util.stream.Collectors.joining(", ")),
                replace.apply(t -> check.withTags(Parse.tags(t)))));
    }

    private static EndpointCheck endpoint(EndpointCheck e, String ip, Long port, String fqdn, String path,
                                          String search, Long interval, Long threshold, List<String> regions) {
        return new EndpointCheck(e.type(), ip, port, fqdn, path, search, interval, threshold, regions, e.enableSni(),
                e.measureLatency());
    }

    // ---- Helpers

    private Optional<String> apply(EditCommand command) {
        if (designer.execute(command)) {
            return Optional.empty();
        }
        return Optional.of(designer.statusProperty().get());
    }

    private DomainName absolute(String zoneId, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A name is required.");
        }
        if (text.endsWith(".")) {
            return Parse.name(text);
        }
        DomainName origin = designer.document().design().zones().stream().filter(z -> z.id().equals(zoneId))
                .findFirst().map(HostedZone::origin).orElse(DomainName.ROOT);
        DomainName typed = Parse.name(text);
        return typed.isAtOrBelow(origin) ? typed : Parse.name(text + "." + origin.text());
    }

    private static RecordSet withType(RecordSet rs, RecordType type) {
        return new RecordSet(rs.name(), type, rs.setIdentifier(), rs.routing(), rs.ttl(), rs.values(),
                rs.aliasTarget(), rs.healthCheckId(), rs.trafficPolicyInstanceId());
    }

    static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        return out;
    }

    static InspectorField text(String category, String name, String description, String value,
                               Function<String, Optional<String>> committer) {
        return new InspectorField(name, category, description, InspectorField.Kind.TEXT, List.of(), value, committer);
    }

    static InspectorField choice(String category, String name, String description, List<String> choices, String value,
                                 Function<String, Optional<String>> committer) {
        return new InspectorField(name, category, description, InspectorField.Kind.CHOICE, choices, value, committer);
    }

    static InspectorField flag(String category, String name, String description, boolean value,
                               Function<String, Optional<String>> committer) {
        return new InspectorField(name, category, description, InspectorField.Kind.FLAG, List.of("true", "false"),
                Boolean.toString(value), committer);
    }
}
