package dev.failoverstudio.app;

import dev.failoverstudio.domain.exchange.DesignExporter;
import dev.failoverstudio.domain.exchange.ExportOptions;
import dev.failoverstudio.domain.exchange.ExportResult;
import dev.failoverstudio.domain.model.Design;
import dev.failoverstudio.io.formats.SampleDesigns;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What an export dialog relies on: a list of formats with unique ids, each a pure function of the design. */
class ExchangeFormatsTest {

    private final ExchangeFormats formats = ExchangeFormats.create(dev.failoverstudio.io.assets.GeoTablesLoader.loadBundled());

    @Test
    void everyFormatIsListedOnceWithATitle() {
        assertThat(formats.exporters()).extracting(DesignExporter::id).doesNotHaveDuplicates().containsExactly(
                "change-batch", "cloudformation-yaml", "cloudformation-json", "terraform", "traffic-flow", "zone-file");
        assertThat(formats.exporters()).allSatisfy(e -> assertThat(e.title()).isNotBlank());
        assertThat(formats.exporter("terraform")).containsSame(formats.exporters().get(3));
        assertThat(formats.exporter("nope")).isEmpty();
    }

    @Test
    void everySampleExportsTheSameTextTwice_orTrafficFlowSaysWhyNot() {
        for (Path sample : SampleDesigns.files()) {
            Design design = SampleDesigns.design(sample);
            for (DesignExporter exporter : formats.exporters()) {
                try {
                    ExportResult first = exporter.export(design, ExportOptions.DEFAULT);
                    ExportResult second = exporter.export(design, ExportOptions.DEFAULT);
                    assertThat(second).as(exporter.id() + " " + sample).isEqualTo(first);
                    assertThat(first.preview()).isNotBlank();
                } catch (IllegalArgumentException e) {
                    assertThat(exporter.id()).as(e.getMessage()).isEqualTo("traffic-flow");
                    assertThat(e.getMessage()).contains("cannot be a Traffic Flow policy");
                }
            }
        }
    }
}
