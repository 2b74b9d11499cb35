package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.edit.AddHealthCheckCommand;
import dev.failoverstudio.domain.edit.AddRecordSetCommand;
import dev.failoverstudio.domain.edit.AttachHealthCheckCommand;
import dev.failoverstudio.domain.edit.AutoLayoutCommand;
import dev.failoverstudio.domain.edit.ClipboardContent;
import dev.failoverstudio.domain.edit.CompositeCommand;
import dev.failoverstudio.domain.edit.DuplicateCommand;
import dev.failoverstudio.domain.edit.MemberKey;
import dev.failoverstudio.domain.edit.PasteCommand;
import dev.failoverstudio.domain.edit.ConnectionRules;
import dev.failoverstudio.domain.edit.CreateAliasTargetCommand;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.edit.EditRejectedException;
import dev.failoverstudio.domain.edit.MoveNodesCommand;
import dev.failoverstudio.domain.edit.NewRecordSets;
import dev.failoverstudio.domain.edit.RemoveNodesCommand;
import dev.failoverstudio.domain.edit.SetAliasTargetCommand;
import dev.failoverstudio.domain.edit.SetHealthObservationCommand;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.domain.health.EvaluatedHealthStatus;
import dev.failoverstudio.domain.health.HealthEvaluator;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.layout.Position;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.GroupKey;
import dev.failoverstudio.domain.model.HealthCheck;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;
import dev.failoverstudio.domain.model.RecordSetKey;
import dev.failoverstudio.domain.model.RoutingPolicy;
import dev.failoverstudio.domain.model.SimpleRouting;
import dev.failoverstudio.domain.validate.DesignValidator;
import dev.failoverstudio.domain.validate.Problem;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The designer's state: the edited document and its history, the derived canvas scene, the selection, the
 * validation problems, the status line and the undo/redo labels. Every edit goes through one
 * {@link EditCommand}; a command Route 53 would refuse leaves the document unchanged and puts the reason in the
 * status line.
 *
 * <p>Threading: call every method on the UI thread (the FX thread in the application). Validation runs on the
 * {@code background} executor and its result comes back through the {@code ui} executor; tests pass a
 * same-thread executor for both.
 */
public final class DesignerViewModel {

    /** How far each paste is shifted from the copied cards, so copies do not hide the originals. */
    static final double PASTE_OFFSET = 40;

    // ---- Properties
    private final ReadOnlyObjectWrapper<DesignDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CanvasScene> scene = new ReadOnlyObjectWrapper<>(CanvasScene.EMPTY);
    private final ObservableSet<NodeKey> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<MemberRef> selectedMember = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProblemItem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready.");
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    /** Set to a card the canvas should scroll into view; the canvas resets it after revealing. */
    private final ReadOnlyObjectWrapper<NodeKey> revealRequest = new ReadOnlyObjectWrapper<>();

    private final EditHistory history;
    private final DesignValidator validator;
    private final HealthEvaluator healthEvaluator;
    private final NewRecordSets newRecordSets;
    private final ConnectionRules connectionRules;
    private final AutoLayout autoLayout;
    private final CanvasSceneBuilder sceneBuilder;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong validationRound = new AtomicLong();
    private final List<Runnable> documentReplacedListeners = new ArrayList<>();

    private EvaluatedHealthStatus health;
    private Design healthInputs;
    /** The design the shown problems belong to; a move changes only the layout and needs no validation. */
    private Design validatedDesign;
    private List<Problem> lastProblems = List.of();
    private ClipboardContent clipboard;
    private int pasteCount;

    public DesignerViewModel(DesignValidator validator, HealthEvaluator healthEvaluator, NewRecordSets newRecordSets,
                             ConnectionRules connectionRules, AutoLayout autoLayout, CardGeometry geometry,
                             Executor background, Executor ui) {
        this.validator = validator;
        this.healthEvaluator = healthEvaluator;
        this.newRecordSets = newRecordSets;
        this.connectionRules = connectionRules;
        this.autoLayout = autoLayout;
        this.sceneBuilder = new CanvasSceneBuilder(geometry, autoLayout);
        this.background = background;
        this.ui = ui;
        this.history = new EditHistory(DesignDocument.empty());
        history.addListener(this::documentChanged);
        documentChanged(history.current());
    }

    public ReadOnlyObjectProperty<DesignDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public DesignDocument document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<CanvasScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public CanvasScene scene() {
        return scene.get();
    }

    /** The selected cards (group and health-check cards). */
    public ObservableSet<NodeKey> selection() {
        return selection;
    }

    /** The member row last clicked, if its card is still selected; the inspector shows it. */
    public ReadOnlyObjectProperty<MemberRef> selectedMemberProperty() {
        return selectedMember.getReadOnlyProperty();
    }

    public ObservableList<ProblemItem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** E.g. {@code 2 errors, 1 warning}. */
    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True when the document differs from what was last saved or opened. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NodeKey> revealRequestProperty() {
        return revealRequest.getReadOnlyProperty();
    }

    public void revealDone() {
        revealRequest.set(null);
    }

    public void setStatus(String text) {
        status.set(text);
    }

    // ---- Commands: history

    /**
     * Runs one edit. A refused edit (Route 53 would not accept it, or it makes no sense) leaves the document as
     * it was and shows the reason in the status line.
     *
     * @return true when the edit was applied
     */
    public boolean execute(EditCommand command) {
        try {
            history.execute(command);
            status.set(command.label() + ".");
            return true;
        } catch (EditRejectedException e) {
            status.set("Not done: " + e.describe());
            return false;
        } catch (RuntimeException e) {
            // A command that fails unexpectedly must not take the window down; the document is unchanged.
            status.set("Not done: " + command.label() + " failed (" + e + ").");
            return false;
        }
    }

    public void undo() {
        if (history.canUndo()) {
            String label = history.undoLabel().orElse("");
            history.undo();
            status.set("Undone: " + label + ".");
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String label = history.redoLabel().orElse("");
            history.redo();
            status.set("Redone: " + label + ".");
        }
    }

    /** Replaces the whole document (new, open, restore): clears the history and the selection. */
    public void replaceDocument(DesignDocument replacement) {
        selection.clear();
        selectedMember.set(null);
        history.reset(replacement); // its listener updates the document, scene and validation once
        documentReplacedListeners.forEach(Runnable::run);
    }

    /** Called after {@link #replaceDocument}, e.g. so the canvas fits the new design into view. */
    public void addDocumentReplacedListener(Runnable listener) {
        documentReplacedListeners.add(listener);
    }

    public void markSaved() {
        history.markSaved();
        dirty.set(history.isDirty());
    }

    /** A document that is restored from an autosave copy: replaced, and unsaved. */
    public void restoreDocument(DesignDocument restored) {
        replaceDocument(DesignDocument.empty());
        execute(new ReplaceDocumentCommand("Restore autosaved design", restored));
    }

    // ---- Commands: selection

    /** Click on a card: selects only it, or with {@code toggle} (Shift) adds or removes it. */
    public void selectCard(NodeKey key, boolean toggle) {
        if (toggle) {
            if (!selection.remove(key)) {
                selection.add(key);
            }
        } else {
            selection.clear();
            selection.add(key);
        }
        MemberRef member = selectedMember.get();
        if (member != null && (!toggle || !selection.contains(member.card()))) {
            selectedMember.set(null);
        }
        describeSelection();
    }

    /** Click on a member row: selects its card and the member (the inspector then shows the record set). */
    public void selectMember(MemberRef member, boolean toggle) {
        if (toggle) {
            selection.add(member.card());
        } else {
            selection.clear();
            selection.add(member.card());
        }
        selectedMember.set(member);
        status.set("Selected " + member.key().describe() + ".");
    }

    public void selectOnly(Set<NodeKey> keys, boolean add) {
        if (!add) {
            selection.clear();
            selectedMember.set(null);
        }
        selection.addAll(keys);
        describeSelection();
    }

    public void selectAll() {
        Set<NodeKey> all = new LinkedHashSet<>();
        scene.get().cards().forEach(c -> all.add(c.key()));
        selectOnly(all, false);
    }

    public void clearSelection() {
        selection.clear();
        selectedMember.set(null);
        describeSelection();
    }

    /** Clicking a problem: select its card (and member row) and ask the canvas to scroll it into view. */
    public void showProblem(ProblemItem item) {
        if (item.card() == null) {
            status.set(item.text());
            return;
        }
        selection.clear();
        selection.add(item.card());
        selectedMember.set(null);
        if (item.problem().recordSet() != null) {
            scene.get().card(item.card()).ifPresent(card -> {
                for (RowModel row : card.rows()) {
                    if (row.member().equals(item.problem().recordSet())) {
                        selectedMember.set(new MemberRef(card.zoneId(), row.member(), card.key()));
                    }
                }
            });
        }
        revealRequest.set(null);
        revealRequest.set(item.card());
        status.set(item.text());
    }

    private void describeSelection() {
        int n = selection.size();
        status.set(n == 0 ? "Nothing selected." : n == 1 ? "Selected " + title(selection.iterator().next()) + "."
                : n + " cards selected.");
    }

    private String title(NodeKey key) {
        return scene.get().card(key).map(c -> c.kind() == CardKind.GROUP ? c.title() + " " + c.group().type()
                : "health check " + c.title()).orElse(key.value());
    }

    // ---- Commands: creating and connecting

    /** The zone new record sets go to: the zone of the selected card, else the first zone. */
    public String targetZoneId() {
        for (NodeKey key : selection) {
            Optional<CardModel> card = scene.get().card(key);
            if (card.isPresent() && card.get().zoneId() != null) {
                return card.get().zoneId();
            }
        }
        return document.get().design().zones().get(0).id();
    }

    /** Creates what a palette item stands for with its top-left corner at canvas point (x, y), and selects it. */
    public Optional<NodeKey> createFromPalette(PaletteItem item, double x, double y) {
        if (item != PaletteItem.HEALTH_CHECK && document.get().design().zones().isEmpty()) {
            status.set("Not done: the design has no hosted zone to add record sets to.");
            return Optional.empty();
        }
        Position at = new Position(CardGeometry.snap(x), CardGeometry.snap(y));
        Set<NodeKey> before = keys();
        boolean done;
        if (item == PaletteItem.HEALTH_CHECK) {
            HealthCheck check = newRecordSets.newHealthCheck(document.get().design());
            done = execute(new AddHealthCheckCommand(check, at));
        } else {
            String zoneId = targetZoneId();
            done = execute(newRecordSets.paletteCommand(document.get().design(), zoneId, item.policy(), at));
        }
        return done ? selectCreated(before) : Optional.empty();
    }

    /** Adds a member of the card's routing policy to a group card ("add member"). */
    public boolean addMember(NodeKey groupCard) {
        Optional<CardModel> card = scene.get().card(groupCard);
        if (card.isEmpty() || card.get().kind() != CardKind.GROUP) {
            return false;
        }
        CardModel c = card.get();
        RecordSet member;
        try {
            // A routing value the group does not use yet: the next weight, the missing role, an unused Region.
            member = newRecordSets.newMember(document.get().design(), c.zoneId(), c.group());
        } catch (EditRejectedException e) {
            status.set("Not done: " + e.describe());
            return false;
        }
        return execute(new AddRecordSetCommand(c.zoneId(), member, new Position(c.x(), c.y())));
    }

    /**
     * Why Route 53 would refuse an alias from {@code member} to the group card {@code target}; empty when it
     * would accept it. Cheap enough to call on every mouse move of a connect gesture.
     */
    public Optional<String> connectionRefusal(MemberRef member, NodeKey target) {
        Optional<CardModel> card = scene.get().card(target);
        if (card.isEmpty()) {
            return Optional.of("Drop the alias on a record-set card.");
        }
        CardModel c = card.get();
        if (c.kind() != CardKind.GROUP) {
            return Optional.of("An alias targets a record set, not a health check; drop the health check on the row "
                    + "instead.");
        }
        if (!c.zoneId().equals(member.zoneId())) {
            return Optional.of("An alias to another record set must stay in the same hosted zone (R6).");
        }
        return connectionRules.refusal(document.get().design(), member.zoneId(), member.key(), c.group());
    }

    /** Makes {@code member} an alias to the group card {@code target} (Evaluate Target Health on). */
    public boolean connect(MemberRef member, NodeKey target) {
        Optional<String> refusal = connectionRefusal(member, target);
        if (refusal.isPresent()) {
            status.set("Not connected: " + refusal.get());
            return false;
        }
        GroupKey group = scene.get().card(target).orElseThrow().group();
        return execute(new SetAliasTargetCommand(member.zoneId(), member.key(), group, true));
    }

    /**
     * Drop of an alias port on empty canvas: creates a new simple record set of the member's type at (x, y) and
     * makes the member an alias to it.
     */
    public boolean createAliasTarget(MemberRef member, double x, double y) {
        HostedZone zone = zone(member.zoneId());
        DomainName name = freshTargetName(zone, member.key());
        RecordSet base = newRecordSets.create(document.get().design(), member.zoneId(), RoutingPolicy.SIMPLE);
        RecordSet target = new RecordSet(name, member.key().type(), null, SimpleRouting.INSTANCE, base.ttl(),
                base.values(), null, null, null);
        Set<NodeKey> before = keys();
        boolean done = execute(new CreateAliasTargetCommand(member.zoneId(), member.key(), target,
                new Position(CardGeometry.snap(x), CardGeometry.snap(y))));
        if (done) {
            selectCreated(before);
        }
        return done;
    }

    private static DomainName freshTargetName(HostedZone zone, RecordSetKey member) {
        String stem = member.setIdentifier() == null ? "target"
                : member.setIdentifier().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        Set<DomainName> taken = new HashSet<>();
        zone.recordSets().forEach(rs -> taken.add(rs.name()));
        DomainName candidate = DomainName.of(stem + "." + member.name().text());
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = DomainName.of(stem + "-" + i + "." + member.name().text());
        }
        return candidate;
    }

    /** Associates a health check with a member record set (R8). */
    public boolean attachHealthCheck(MemberRef member, String healthCheckId) {
        return execute(new AttachHealthCheckCommand(member.zoneId(), member.key(), healthCheckId));
    }

    /** A new health check dropped from the palette on a row: creates it next to the card and attaches it. */
    public boolean createHealthCheckFor(MemberRef member) {
        HealthCheck check = newRecordSets.newHealthCheck(document.get().design());
        CardModel card = scene.get().card(member.card()).orElse(null);
        Position at = card == null ? new Position(0, 0)
                : new Position(CardGeometry.snap(card.x() + card.width() + 60), CardGeometry.snap(card.y()));
        return execute(new CompositeCommand("Add and attach health check " + check.id(), List.of(
                new AddHealthCheckCommand(check, at),
                new AttachHealthCheckCommand(member.zoneId(), member.key(), check.id()))));
    }

    // ---- Commands: arranging

    /** Moves cards to new top-left corners, as one undoable step. */
    public boolean moveNodes(Map<NodeKey, Position> targets) {
        if (targets.isEmpty()) {
            return false;
        }
        return execute(new MoveNodesCommand(targets));
    }

    public boolean autoLayout() {
        return execute(new AutoLayoutCommand(autoLayout));
    }

    /** Deletes the selected member row, or else every selected card. */
    public boolean deleteSelection() {
        MemberRef member = selectedMember.get();
        if (member != null && selection.size() == 1 && selection.contains(member.card())) {
            boolean done = execute(new RemoveNodesCommand(Set.of(), Set.of(new MemberKey(member.zoneId(), member.key()))));
            if (done) {
                selectedMember.set(null);
            }
            return done;
        }
        if (selection.isEmpty()) {
            status.set("Nothing selected to delete.");
            return false;
        }
        boolean done = execute(new RemoveNodesCommand(new LinkedHashSet<>(selection), Set.of()));
        if (done) {
            clearSelection();
        }
        return done;
    }

    /**
     * Sets what the health checkers observe for every selected health check (passing, failing, or empty for no
     * data), as one undoable step; the badges then show the new effective status.
     */
    public boolean simulateHealth(Optional<HealthObservation> observation) {
        List<EditCommand> steps = new ArrayList<>();
        for (NodeKey key : selection) {
            if (key.isHealthCheck()) {
                steps.add(new SetHealthObservationCommand(key.healthCheckId(), observation));
            }
        }
        MemberRef member = selectedMember.get();
        if (steps.isEmpty() && member != null) {
            recordSet(member).map(RecordSet::healthCheckId).ifPresent(id ->
                    steps.add(new SetHealthObservationCommand(id, observation)));
        }
        if (steps.isEmpty()) {
            status.set("Select a health check (or a row with one) to simulate its health.");
            return false;
        }
        String what = observation.map(o -> o.equals(HealthObservation.PASSING) ? "passing" : "failing")
                .orElse("no data");
        return execute(steps.size() == 1 ? steps.get(0)
                : new CompositeCommand("Mark " + steps.size() + " health checks " + what, steps));
    }

    private Optional<RecordSet> recordSet(MemberRef member) {
        return zone(member.zoneId()).recordSets().stream().filter(r -> r.key().equals(member.key())).findFirst();
    }

    // ---- Commands: clipboard

    public boolean copy() {
        if (selection.isEmpty()) {
            status.set("Nothing selected to copy.");
            return false;
        }
        clipboard = ClipboardContent.copyOf(document.get(), new LinkedHashSet<>(selection));
        pasteCount = 0;
        status.set("Copied " + selection.size() + (selection.size() == 1 ? " card." : " cards."));
        return true;
    }

    public boolean canPaste() {
        return clipboard != null;
    }

    public boolean paste() {
        if (clipboard == null) {
            status.set("Nothing to paste.");
            return false;
        }
        pasteCount++;
        Set<NodeKey> before = keys();
        boolean done = execute(new PasteCommand(clipboard, targetZoneId(), PASTE_OFFSET * pasteCount, PASTE_OFFSET * pasteCount));
        if (done) {
            selectAllCreated(before);
        }
        return done;
    }

    public boolean duplicate() {
        if (selection.isEmpty()) {
            status.set("Nothing selected to duplicate.");
            return false;
        }
        Set<NodeKey> before = keys();
        boolean done = execute(new DuplicateCommand(new LinkedHashSet<>(selection)));
        if (done) {
            selectAllCreated(before);
        }
        return done;
    }

    // ---- Internals

    private HostedZone zone(String zoneId) {
        return document.get().design().zones().stream().filter(z -> z.id().equals(zoneId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no zone " + zoneId));
    }

    private Set<NodeKey> keys() {
        Set<NodeKey> keys = new HashSet<>();
        scene.get().cards().forEach(c -> keys.add(c.key()));
        return keys;
    }

    private Optional<NodeKey> selectCreated(Set<NodeKey> before) {
        Set<NodeKey> created = selectAllCreated(before);
        return created.stream().findFirst();
    }

    private Set<NodeKey> selectAllCreated(Set<NodeKey> before) {
        Set<NodeKey> created = new LinkedHashSet<>();
        for (CardModel c : scene.get().cards()) {
            if (!before.contains(c.key())) {
                created.add(c.key());
            }
        }
        if (!created.isEmpty()) {
            String keepStatus = status.get();
            selectOnly(created, false);
            status.set(keepStatus);
        }
        return created;
    }

    private void documentChanged(DesignDocument doc) {
        boolean sameDesign = document.get() != null && document.get().design() == doc.design();
        document.set(doc);
        if (health == null || !sameHealthInputs(doc.design())) {
            health = healthEvaluator.evaluate(doc.design());
            healthInputs = doc.design();
        }
        scene.set(sceneBuilder.build(doc, health, lastProblems));
        dropStaleSelection();
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoLabel.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        dirty.set(history.isDirty());
        if (!sameDesign || validatedDesign == null) {
            validateLater(doc);
        }
    }

    /** Health depends only on the checks and the observations; record-set edits and moves keep it. */
    private boolean sameHealthInputs(Design design) {
        return healthInputs != null && healthInputs.healthChecks() == design.healthChecks()
                && healthInputs.healthSnapshot() == design.healthSnapshot();
    }

    private void dropStaleSelection() {
        CanvasScene s = scene.get();
        selection.removeIf(k -> s.card(k).isEmpty());
        MemberRef member = selectedMember.get();
        if (member != null) {
            Optional<NodeKey> card = s.cardOf(member.key());
            if (card.isEmpty()) {
                selectedMember.set(null);
            } else if (!card.get().equals(member.card())) {
                selectedMember.set(new MemberRef(member.zoneId(), member.key(), card.get()));
            }
        }
    }

    /** Validates off the UI thread; a newer edit makes an older result obsolete. */
    private void validateLater(DesignDocument doc) {
        long round = validationRound.incrementAndGet();
        background.execute(() -> {
            List<Problem> found = validator.validate(doc.design());
            ui.execute(() -> {
                // Stale when the design changed since; a move in between changed only the layout.
                if (round == validationRound.get() && document.get().design() == doc.design()) {
                    showProblems(document.get(), found);
                }
            });
        });
    }

    private void showProblems(DesignDocument doc, List<Problem> found) {
        lastProblems = List.copyOf(found);
        validatedDesign = doc.design();
        CanvasScene built = sceneBuilder.build(doc, health, lastProblems);
        scene.set(built);
        List<ProblemItem> items = new ArrayList<>();
        Map<GroupKey, NodeKey> groupCards = new LinkedHashMap<>();
        Map<String, NodeKey> checkCards = new LinkedHashMap<>();
        for (CardModel card : built.cards()) {
            if (card.kind() == CardKind.GROUP) {
                groupCards.putIfAbsent(card.group(), card.key());
            } else {
                checkCards.putIfAbsent(card.title(), card.key());
            }
        }
        int errors = 0;
        for (Problem p : found) {
            NodeKey card = null;
            if (p.recordSet() != null) {
                card = built.cardOf(p.recordSet())
                        .orElse(groupCards.get(new GroupKey(p.recordSet().name(), p.recordSet().type())));
            } else if (p.healthCheckId() != null) {
                card = checkCards.get(p.healthCheckId());
            }
            items.add(new ProblemItem(p, card, p.describe()));
            if (p.isError()) {
                errors++;
            }
        }
        problems.setAll(items);
        int warnings = found.size() - errors;
        problemSummary.set(found.isEmpty() ? "No problems"
                : errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
    }
}
