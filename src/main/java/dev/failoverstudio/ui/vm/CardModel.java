package dev.failoverstudio.ui.vm;

import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.GroupKey;

import java.util.List;

/**
 * What the canvas draws for one node: a group card with its member rows, or a health-check card. Immutable, so a
 * view can keep the node it built for an equal card.
 *
 * @param zoneId   the hosted zone of a group card; null for a health-check card
 * @param group    the group of a group card; null for a health-check card
 * @param problems     validation messages about the node as a whole or any of its rows, one per line
 * @param canAddMember whether "add member" applies: a group whose policy has several members (not simple)
 */
public record CardModel(NodeKey key, CardKind kind, String zoneId, GroupKey group, String title, String subtitle,
                        List<RowModel> rows, double x, double y, double width, double height, HealthState health,
                        String healthText, String problems, boolean canAddMember) {

    public CardModel {
        rows = List.copyOf(rows);
    }

    public boolean invalid() {
        return !problems.isEmpty();
    }

    public boolean intersects(double minX, double minY, double maxX, double maxY) {
        return x < maxX && x + width > minX && y < maxY && y + height > minY;
    }

    /** Vertical centre of member row {@code index}, in canvas coordinates (where its alias port sits). */
    public double rowCentreY(int index) {
        return y + CardGeometry.HEADER_HEIGHT + CardGeometry.ROW_HEIGHT * index + CardGeometry.ROW_HEIGHT / 2;
    }

    public CardModel movedTo(double newX, double newY) {
        return new CardModel(key, kind, zoneId, group, title, subtitle, rows, newX, newY, width, height, health,
                healthText, problems, canAddMember);
    }
}
