package dev.failoverstudio.ui.vm;

import java.util.Objects;

/**
 * One card of the welcome view: a bundled sample with its title, one line about it (the tooltip gives the whole
 * description) and a small picture of its record tree.
 *
 * @param name        the sample's file name, e.g. {@code active-passive-failover.json}
 * @param picture     the sample's canvas scene (cards and edges) the picture is drawn from
 */
public record SampleCard(String name, String title, String line, String description, CanvasScene picture) {

    public SampleCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(picture, "picture");
    }
}
