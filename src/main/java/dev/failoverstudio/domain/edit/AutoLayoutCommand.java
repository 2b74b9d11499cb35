package dev.failoverstudio.domain.edit;

import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.domain.layout.DesignGraph;
import dev.failoverstudio.domain.layout.Layout;

import java.util.Objects;

/** Arranges every node anew with {@link AutoLayout}, ignoring current positions (View › Auto-layout). */
public record AutoLayoutCommand(AutoLayout autoLayout) implements EditCommand {

    public AutoLayoutCommand {
        Objects.requireNonNull(autoLayout, "autoLayout");
    }

    @Override
    public String label() {
        return "Auto-layout";
    }

    @Override
    public DesignDocument apply(DesignDocument before) {
        return before.withLayout(autoLayout.arrange(DesignGraph.of(before.design()), Layout.EMPTY));
    }
}
