package dev.failoverstudio.ui;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.ui.drill.vm.DesignSource;
import dev.failoverstudio.ui.vm.DesignerViewModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * The designer's open document as the drill pane reads and edits it: every edit, undo and open is passed on, and
 * saved-drill edits go through the designer's history.
 */
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
    public List<Drill> drills() {
        DesignDocument document = designer.document();
        return document == null ? List.of() : document.drills();
    }

    @Override
    public boolean edit(EditCommand command) {
        return designer.document() != null && designer.execute(command);
    }

    @Override
    public void addListener(Consumer<Design> listener) {
        designer.documentProperty().addListener((o, a, b) -> listener.accept(b == null ? null : b.design()));
    }
}
