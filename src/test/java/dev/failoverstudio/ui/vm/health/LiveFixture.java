package dev.failoverstudio.ui.vm.health;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.domain.model.HealthObservation;
import dev.failoverstudio.io.ImportException;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.Optional;

/** A sample design in an edit history, published like the main window publishes its document. */
public final class LiveFixture {

    public static final Services SERVICES = Services.create();

    public final EditHistory history;
    public final SimpleObjectProperty<DesignDocument> document;
    public final LiveDesign live;

    private LiveFixture(Design design) {
        history = new EditHistory(new DesignDocument(design, Layout.EMPTY));
        document = new SimpleObjectProperty<>(history.current());
        history.addListener(document::set);
        live = new LiveDesign(document, history::execute, SERVICES);
    }

    public static LiveFixture sample(String file) {
        try {
            return new LiveFixture(SERVICES.formats().scenarioReader().read(Path.of("samples", file)).design());
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A design of the test's own making. */
    public static LiveFixture of(Design design) {
        return new LiveFixture(design);
    }

    public Optional<HealthObservation> observation(String checkId) {
        return history.current().design().healthSnapshot().observation(checkId);
    }
}
