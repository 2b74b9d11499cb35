package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.drill.Drill;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditCommand;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.edit.EditRejectedException;
import dev.failoverstudio.domain.model.Design;

import java.util.List;
import java.util.function.Consumer;

/** A design source over a real edit history, as the main window's designer keeps it. */
final class HistoryDesignSource implements DesignSource {

    final EditHistory history;

    HistoryDesignSource(DesignDocument initial) {
        history = new EditHistory(initial);
    }

    @Override
    public Design current() {
        return history.current().design();
    }

    @Override
    public List<Drill> drills() {
        return history.current().drills();
    }

    @Override
    public boolean edit(EditCommand command) {
        try {
            history.execute(command);
            return true;
        } catch (EditRejectedException e) {
            return false;
        }
    }

    @Override
    public void addListener(Consumer<Design> listener) {
        history.addListener(doc -> listener.accept(doc.design()));
    }
}
