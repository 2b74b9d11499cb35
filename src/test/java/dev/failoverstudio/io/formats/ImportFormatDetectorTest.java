package dev.failoverstudio.io.formats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Format detection for File > Import: content first, extension second. */
class ImportFormatDetectorTest {

    private final ImportFormatDetector detector = ImportFormatDetector.create();

    @Test
    void jsonObjectsAreToldApartByTheirTopLevelKeys() {
        assertThat(detector.detect("p.json", "{\"AWSPolicyFormatVersion\": \"2015-10-01\"}"))
                .isEqualTo(ImportFormat.TRAFFIC_FLOW);
        assertThat(detector.detect("t.json", "{\"Resources\": {}}")).isEqualTo(ImportFormat.CLOUDFORMATION);
        assertThat(detector.detect("t.txt", " {\"AWSTemplateFormatVersion\": \"2010-09-09\"}"))
                .isEqualTo(ImportFormat.CLOUDFORMATION);
        assertThat(detector.detect("b.json", "{\"Changes\": []}")).isEqualTo(ImportFormat.CHANGE_BATCH);
        assertThat(detector.detect("b.json", "{\"HostedZoneId\": \"Z1\", \"ChangeBatch\": {\"Changes\": []}}"))
                .isEqualTo(ImportFormat.CHANGE_BATCH);
        assertThat(detector.detect("l.json", "{\"ResourceRecordSets\": []}")).isEqualTo(ImportFormat.DESIGN_JSON);
        assertThat(detector.detect("s.json", "{\"zone\": {}, \"queries\": []}")).isEqualTo(ImportFormat.DESIGN_JSON);
        assertThat(detector.detect("l.json", "[]")).isEqualTo(ImportFormat.DESIGN_JSON);
    }

    @Test
    void brokenJsonGoesToTheDesignReaderWhichLocatesTheSyntaxError() {
        assertThat(detector.detect("x.json", "{\"Resources\": ")).isEqualTo(ImportFormat.DESIGN_JSON);
        assertThat(detector.detect("x.json", "not json at all")).isEqualTo(ImportFormat.DESIGN_JSON);
    }

    @Test
    void yamlTemplatesAreFoundByKeyOrExtension() {
        assertThat(detector.detect("stack.txt", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"))
                .isEqualTo(ImportFormat.CLOUDFORMATION);
        assertThat(detector.detect("stack", "# dns\nResources:\n  Www:\n    Type: AWS::Route53::RecordSet\n"))
                .isEqualTo(ImportFormat.CLOUDFORMATION);
        assertThat(detector.detect("stack.YAML", "Description: x\n")).isEqualTo(ImportFormat.CLOUDFORMATION);
    }

    @Test
    void otherTextIsAZoneFile() {
        assertThat(detector.detect("example.com.zone", "$ORIGIN example.com.\nwww 300 IN A 192.0.2.1\n"))
                .isEqualTo(ImportFormat.ZONE_FILE);
        assertThat(detector.detect("db.example", "; Resources: not a key here\n@ 300 IN A 192.0.2.1\n"))
                .isEqualTo(ImportFormat.ZONE_FILE);
    }
}
