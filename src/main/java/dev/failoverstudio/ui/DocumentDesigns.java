package dev.failoverstudio.ui;

import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.drill.vm.DesignSource;
import dev.failoverstudio.ui.vm.DesignerViewModel;

import java.util.function.Consumer;

/** The designer's open design as the drill pane reads it: every edit, undo and open is passed on. */
final class DocumentDesigns implements DesignSource {

    private final DesignerViewModel designer;

    DocumentDesigns(DesignerViewModel designer) {
        this.designer = designer;
    }

    @Override
    public Design current() {
        DesignDocument document = designer.document();
        return document == null ? null : document.design();
    }

    @Override
    public void addListener(Consumer<Design> listener) {
        designer.documentProperty().addListener((o, a, b) -> listener.accept(b == null ? null : b.design()));
    }
}
