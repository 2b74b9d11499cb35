package dev.failoverstudio.ui.export.vm;

/** A hosted zone of the design, as the zone list shows it. */
public record ZoneChoice(String id, String origin) {
    @Override
    public String toString() {
        return origin + "  (" + id + ")";
    }
}
