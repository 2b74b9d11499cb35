package dev.failoverstudio.ui;

/** The Help text for a first-time user: how to build a routing tree without reading any documentation. */
final class GettingStarted {

    static final String TEXT = """
            1. Drag a record set from the palette onto the canvas (or double-click it). A card is a group: \
            one name and type; each row is one record set.
            2. Click a row to edit it in the inspector on the right: name, set identifier, weight, Region, \
            values… Press Enter to apply; Ctrl+Z undoes.
            3. Drag the dot at the right end of a row onto another card to make that record set an alias \
            to it. Route 53's refusals (a loop, another type…) show while you drag. Drop on empty canvas \
            to create the target.
            4. "+ add member" adds another record set to a group (weighted, latency, failover…).
            5. Drop a health check from the palette on a row to attach it; the badge shows its status.
            6. Problems Route 53 would reject are listed at the bottom; click one to find its card.
            Pan: drag empty space or scroll. Zoom: Ctrl+wheel, Ctrl +/-, Ctrl+0 fits. \
            Shift+drag selects an area; drag cards to move them.""";

    private GettingStarted() {
    }
}
