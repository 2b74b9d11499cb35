package dev.failoverstudio.ui.vm.resolver;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.edit.EditHistory;
import dev.failoverstudio.domain.layout.Layout;
import dev.failoverstudio.ui.vm.health.LiveDesign;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address asked about before the address-to-country table is read (the window reads it in the background just
 * after its first frame): the pane says it is reading the table and answers once it is in, never waiting on the FX
 * thread (R170, R174: the client is located by its subnet or resolver address).
 */
class ResolverAddressTableTest {

    @Test
    void anAddressAskedBeforeTheTableIsReadShowsReadingThenTheAnswer_R170() throws Exception {
        Services services = Services.create(); // fresh tables: the address table is not read yet
        var design = services.formats().scenarioReader().read(Path.of("samples", "geolocation-with-default.json"))
                .design();
        EditHistory history = new EditHistory(new DesignDocument(design, Layout.EMPTY));
        LiveDesign live = new LiveDesign(new SimpleObjectProperty<>(history.current()), history::execute, services);
        Deque<Runnable> background = new ArrayDeque<>();
        ResolverViewModel vm = new ResolverViewModel(live, new TaskRunner(background::add, Runnable::run));
        vm.nameProperty().set("www.example.com.");
        assertThat(services.geo().ipCountriesLoaded()).isFalse();

        vm.resolverIpProperty().set("8.8.8.8");

        assertThat(vm.locationProperty().get()).startsWith("Reading the address table");
        assertThat(vm.answerSummaryProperty().get()).as("no answer from a client not yet located").isEmpty();
        assertThat(services.geo().ipCountriesLoaded()).as("not read on the calling thread").isFalse();

        while (!background.isEmpty()) {
            background.poll().run();
        }

        assertThat(services.geo().ipCountriesLoaded()).isTrue();
        assertThat(vm.locationProperty().get()).contains("United States").contains("IP Geolocation by DB-IP");
        assertThat(vm.answerSummaryProperty().get()).isEqualTo("198.51.100.1");
    }
}
