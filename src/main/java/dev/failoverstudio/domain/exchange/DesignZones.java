package dev.failoverstudio.domain.exchange;

import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HostedZone;

/** Picks the zone an export is about. */
public final class DesignZones {

    private DesignZones() {
    }

    /**
     * Adds a note when the design holds zones besides {@code exported}: an export covers one zone, so the user
     * must know the others are not in it.
     */
    public static void noteOtherZones(Design design, HostedZone exported, java.util.List<ExportNote> notes) {
        java.util.List<String> others = design.zones().stream().filter(z -> !z.id().equals(exported.id()))
                .map(z -> z.origin().text() + " (" + z.id() + ")").toList();
        if (!others.isEmpty()) {
            notes.add(new ExportNote(exported.origin().text(), null, "only this zone is exported; the design also"
                    + " holds " + String.join(", ", others) + " (choose one with its zone ID)"));
        }
    }

    /**
     * The zone {@code zoneId} (any {@code /hostedzone/} prefix ignored), or the first zone when it is null.
     *
     * @throws IllegalArgumentException when the design has no such zone
     */
    public static HostedZone pick(Design design, String zoneId) {
        if (zoneId == null) {
            if (design.zones().isEmpty()) {
                throw new IllegalArgumentException("the design has no hosted zone");
            }
            return design.zones().get(0);
        }
        String id = HostedZone.stripPrefix(zoneId);
        return design.zones().stream().filter(z -> z.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the design has no hosted zone with ID " + id));
    }
}
