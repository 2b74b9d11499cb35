package dev.failoverstudio.ui.export.vm;

/**
 * One entry of the format list and the options it reads.
 *
 * @param takesAction     whether CREATE/UPSERT applies (change batches)
 * @param takesPolicyName whether the name of the tree to export applies (Traffic Flow)
 */
public record FormatChoice(String id, String title, boolean takesAction, boolean takesPolicyName) {
    @Override
    public String toString() {
        return title;
    }
}
