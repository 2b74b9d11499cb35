package dev.failoverstudio.ui;

import dev.failoverstudio.ui.vm.DesignFileImporter;
import dev.failoverstudio.ui.vm.NameQuestion;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/** Asks for a name an import needs (a Traffic Flow policy's record name) in a text input dialog. */
final class ImportNameDialog implements NameQuestion {

    private final Supplier<Window> owner;

    ImportNameDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> ask(DesignFileImporter.NameRequest request) {
        TextInputDialog dialog = new TextInputDialog(request.suggestion() == null ? "" : request.suggestion());
        dialog.initOwner(owner.get());
        dev.failoverstudio.ui.fx.ThemeSwitcher.styleLike(dialog.getDialogPane(), owner.get());
        dialog.setTitle("Import");
        dialog.setHeaderText(request.prompt());
        dialog.setContentText("Record name:");
        return dialog.showAndWait();
    }
}
