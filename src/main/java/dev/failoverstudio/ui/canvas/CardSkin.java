package dev.failoverstudio.ui.canvas;

import dev.failoverstudio.ui.fx.LazyTooltip;
import dev.failoverstudio.ui.vm.CanvasHighlights;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.CardModel;
import dev.failoverstudio.ui.vm.HealthState;
import dev.failoverstudio.ui.vm.RowModel;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;

/**
 * The skin of a group card: name and type in the header, one row per member record set with its routing, its
 * answer (values or alias target), a health-check badge and an alias port, and an "add member" footer. Looks come
 * from the stylesheet through style classes and the {@code :selected}, {@code :invalid}, {@code :unhealthy},
 * {@code :on-path} and {@code :effectively-unhealthy} pseudo-classes. Tooltips (problems, health verdicts, port help) come from {@link CanvasTooltip}, one for the
 * whole canvas, so a card costs no popup windows.
 */
public final class CardSkin extends Region implements NodeSkin {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass UNHEALTHY = PseudoClass.getPseudoClass("unhealthy");
    static final PseudoClass HEALTHY = PseudoClass.getPseudoClass("healthy");
    static final PseudoClass MEMBER_SELECTED = PseudoClass.getPseudoClass("member-selected");
    static final PseudoClass DROP_OK = PseudoClass.getPseudoClass("drop-ok");
    static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");
    /** A record set a drill has deleted at its scrub time: dimmed, the card itself stays the user's design. */
    static final PseudoClass ABSENT_AT_MOMENT = PseudoClass.getPseudoClass("absent-at-moment");
    /** Unhealthy as Route 53 evaluates the record set or group for the resolver's client (ETH subtrees too). */
    static final PseudoClass EFFECTIVELY_UNHEALTHY = PseudoClass.getPseudoClass("effectively-unhealthy");

    private final VBox box = new VBox();
    private final List<HBox> rows = new ArrayList<>();
    private final List<Label> badges = new ArrayList<>();
    private final Button addMember = new Button("+ add member");
    private CardModel model;
    private CanvasHighlights highlights = CanvasHighlights.NONE;

    public CardSkin(CardModel model, Runnable onAddMember) {
        getStyleClass().addAll("card", "group-card");
        setManaged(false);
        box.getStyleClass().add("card-box");
        addMember.getStyleClass().add("add-member");
        LazyTooltip.install(addMember, "Add a record set to this group (Ctrl+Shift+M)");
        addMember.setFocusTraversable(false);
        addMember.setOnAction(e -> onAddMember.run());
        getChildren().add(box);
        update(model);
    }

    @Override
    public CardModel model() {
        return model;
    }

    @Override
    public void update(CardModel next) {
        boolean sameContent = model != null && model.rows().equals(next.rows()) && model.title().equals(next.title())
                && model.subtitle().equals(next.subtitle()) && model.problems().equals(next.problems())
                && model.health() == next.health() && model.canAddMember() == next.canAddMember();
        model = next;
        resizeRelocate(next.x(), next.y(), next.width(), next.height());
        if (sameContent) {
            return;
        }
        Label title = new Label(next.title());
        title.getStyleClass().add("card-title");
        Label subtitle = new Label(next.subtitle());
        subtitle.getStyleClass().add("card-subtitle");
        VBox header = new VBox(title, subtitle);
        header.getStyleClass().add("card-header");
        header.setMinHeight(CardGeometry.HEADER_HEIGHT);
        header.setPrefHeight(CardGeometry.HEADER_HEIGHT);
        header.setMaxHeight(CardGeometry.HEADER_HEIGHT);
        rows.clear();
        badges.clear();
        box.getChildren().setAll(header);
        for (RowModel row : next.rows()) {
            HBox r = row(row);
            rows.add(r);
            badges.add((Label) r.lookup(".health-badge"));
            box.getChildren().add(r);
        }
        addMember.setMaxWidth(Double.MAX_VALUE);
        addMember.setVisible(next.canAddMember());
        box.getChildren().add(addMember);
        pseudoClassStateChanged(INVALID, next.invalid());
        pseudoClassStateChanged(UNHEALTHY, next.health() == HealthState.UNHEALTHY);
        setHighlights(highlights);
    }

    @Override
    public void setHighlights(CanvasHighlights next) {
        highlights = next;
        boolean cardOnPath = false;
        for (int i = 0; i < rows.size() && i < model.rows().size(); i++) {
            RowModel row = model.rows().get(i);
            boolean onPath = next.onPath(row.member());
            cardOnPath |= onPath;
            rows.get(i).pseudoClassStateChanged(ON_PATH, onPath);
            rows.get(i).pseudoClassStateChanged(EFFECTIVELY_UNHEALTHY, next.unhealthy(row.member()));
            rows.get(i).pseudoClassStateChanged(ABSENT_AT_MOMENT, next.absent(row.member()));
            Label badge = badges.get(i);
            if (badge != null) {
                Boolean atMoment = next.checkStatus(row.healthCheckId());
                boolean healthy = atMoment != null ? atMoment : row.health() == HealthState.HEALTHY;
                boolean unhealthy = atMoment != null ? !atMoment : row.health() == HealthState.UNHEALTHY;
                badge.pseudoClassStateChanged(HEALTHY, healthy);
                badge.pseudoClassStateChanged(UNHEALTHY, unhealthy);
            }
        }
        pseudoClassStateChanged(ON_PATH, cardOnPath);
        pseudoClassStateChanged(EFFECTIVELY_UNHEALTHY, model.group() != null && next.unhealthy(model.group()));
    }

    private static HBox row(RowModel row) {
        Label routing = new Label(row.routing());
        routing.getStyleClass().add("row-routing");
        routing.setMinWidth(Region.USE_PREF_SIZE);
        Label answer = new Label(row.answer());
        answer.getStyleClass().addAll("row-answer", row.alias() ? "alias" : "values");
        answer.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(answer, Priority.ALWAYS);
        Label identifier = new Label(row.setIdentifier() == null ? "" : row.setIdentifier());
        identifier.getStyleClass().add("row-set-id");
        VBox text = new VBox(new HBox(6, routing, identifier), answer);
        text.getStyleClass().add("row-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox r = new HBox(6, text);
        r.getStyleClass().add("member-row");
        r.setMinHeight(CardGeometry.ROW_HEIGHT);
        r.setPrefHeight(CardGeometry.ROW_HEIGHT);
        r.setMaxHeight(CardGeometry.ROW_HEIGHT);
        if (row.healthCheckId() != null) {
            Label badge = new Label("♥");
            badge.getStyleClass().add("health-badge");
            badge.pseudoClassStateChanged(HEALTHY, row.health() == HealthState.HEALTHY);
            badge.pseudoClassStateChanged(UNHEALTHY, row.health() == HealthState.UNHEALTHY);
            r.getChildren().add(badge);
        }
        Circle port = new Circle(6);
        port.getStyleClass().addAll("alias-port", row.alias() ? "connected" : "free");
        r.getChildren().add(port);
        r.pseudoClassStateChanged(INVALID, row.invalid());
        r.pseudoClassStateChanged(UNHEALTHY, row.health() == HealthState.UNHEALTHY);
        return r;
    }

    @Override
    protected void layoutChildren() {
        box.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Highlights member row {@code index} (the inspector shows it); -1 for none. */
    public void setSelectedRow(int index) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).pseudoClassStateChanged(MEMBER_SELECTED, i == index);
        }
    }

    @Override
    public void setDropState(Boolean accepted) {
        pseudoClassStateChanged(DROP_OK, Boolean.TRUE.equals(accepted));
        pseudoClassStateChanged(DROP_REFUSED, Boolean.FALSE.equals(accepted));
    }

    @Override
    public Region node() {
        return this;
    }
}
