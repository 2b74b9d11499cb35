package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.DomainName;
import dev.failoverstudio.domain.model.HostedZone;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * What the designer edits: the design plus its canvas layout and its saved what-if drills. Immutable; every edit
 * produces a new document that shares all unchanged parts with the old one (so the undo history stays small, see
 * {@link EditHistory}).
 *
 * <p>Drills, like the layout, are kept beside the design: the engine, the validator and the DNS server never
 * see them, so editing a drill never re-derives answers. A drill names parts of the design (health checks,
 * record sets, endpoints) by value; an edit of the design may leave such a name pointing at nothing, which is
 * reported when the drill is checked or run, never refused here. Invariant: {@code drills} is an unmodifiable
 * list without nulls, in the order the user keeps them.
 */
public record DesignDocument(Design design, Layout layout, List<Drill> drills) {

    /** Characters of a generated hosted zone ID (Route 53 IDs are upper-case letters and digits, S12). */
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public DesignDocument {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(layout, "layout");
        drills = drills == null ? List.of() : List.copyOf(drills);
    }

    /** A document without drills. */
    public DesignDocument(Design design, Layout layout) {
        this(design, layout, List.of());
    }

    /** A new design: one public hosted zone {@code example.com.} with a generated ID, nothing else. */
    public static DesignDocument empty() {
        return empty(new SecureRandom());
    }

    /** {@link #empty()} with the zone ID drawn from {@code random} (tests pass a seeded one). */
    public static DesignDocument empty(Random random) {
        StringBuilder id = new StringBuilder("Z");
        for (int i = 0; i < 13; i++) {
            id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        HostedZone zone = new HostedZone(id.toString(), DomainName.of("example.com."), false, List.of());
        return new DesignDocument(Design.of(zone), Layout.EMPTY);
    }

    public DesignDocument withDesign(Design newDesign) {
        return new DesignDocument(newDesign, layout, drills);
    }

    public DesignDocument withLayout(Layout newLayout) {
        return new DesignDocument(design, newLayout, drills);
    }

    /** The design and layout replaced together, the drills kept (an edit that moves what it changes). */
    public DesignDocument with(Design newDesign, Layout newLayout) {
        return new DesignDocument(newDesign, newLayout, drills);
    }

    public DesignDocument withDrills(List<Drill> newDrills) {
        return new DesignDocument(design, layout, newDrills);
    }
}
