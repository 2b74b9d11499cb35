package dev.failoverstudio.io.formats;

import dev.failoverstudio.domain.model.CidrCollection;
import dev.failoverstudio.domain.model.CidrLocation;
import dev.failoverstudio.io.ImportException;
import dev.failoverstudio.io.ImportProblem;
import dev.failoverstudio.io.TestInputs;
import dev.failoverstudio.io.json.ObjectMappers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.failoverstudio.io.formats.ImportFailures.failure;
import static dev.failoverstudio.io.formats.ImportFailures.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading CIDR collections (S9): the stored shape and ListCidrBlocks output. */
class CidrCollectionsReadTest {

    private static final String ID = "c8c02a84-aaaa-bbbb-cccc-123456789012";

    private final Route53JsonReader reader = new Route53JsonReader(ObjectMappers.create());

    @Test
    void s9_readsTheStoredShape() throws ImportException {
        List<CidrCollection> collections = reader.readCidrCollections("cidr.json",
                TestInputs.text("route53/cidr-collections.json"));

        assertThat(collections).containsExactly(new CidrCollection(ID, "offices", 3, List.of(
                new CidrLocation("office", List.of("192.0.2.0/24", "2001:db8:1::/48")),
                new CidrLocation("lab", List.of("198.51.100.0/24")))));
    }

    @Test
    void s9_acceptsTheWrapperObjectAndDefaultsTheVersion() throws ImportException {
        List<CidrCollection> collections = reader.readCidrCollections("cidr.json",
                "{\"CidrCollections\": [{\"Id\": \"" + ID + "\", \"Name\": \"n\", \"Locations\": []}]}");

        assertThat(collections).containsExactly(new CidrCollection(ID, "n", 1, List.of()));
    }

    @Test
    void s9_readsListCidrBlocksOutputGroupedByLocation() throws ImportException {
        String blocks = TestInputs.text("route53/list-cidr-blocks.json");
        CidrCollection collection = reader.readCidrBlocks("blocks.json", blocks, ID);

        assertThat(collection).isEqualTo(new CidrCollection(ID, null, 1, List.of(
                new CidrLocation("office", List.of("192.0.2.0/24", "2001:db8:1::/48")),
                new CidrLocation("lab", List.of("198.51.100.0/24")))));
    }

    @Test
    void s9_blocksWithoutLocationAreLocated() {
        ImportProblem problem = onlyProblem(() -> reader.readCidrBlocks("blocks.json",
                "{\"CidrBlocks\": [{\"CidrBlock\": \"192.0.2.0/24\"}]}", ID));

        assertThat(problem.describe())
                .isEqualTo("blocks.json: $.CidrBlocks[0].LocationName: required field is missing (S9)");
    }

    @Test
    void s9_collectionProblemsAreLocated() {
        List<ImportProblem> problems = failure(() -> reader.readCidrCollections("cidr.json",
                "[{\"Name\": \"n\", \"Version\": \"2\", \"Locations\": [{\"LocationName\": \"x\","
                        + " \"CidrList\": \"192.0.2.0/24\"}]}]")).problems();

        assertThat(problems).extracting(ImportProblem::jsonPath, ImportProblem::rule).containsExactly(
                tuple("$[0].Id", "S9"), tuple("$[0].Version", "S9"), tuple("$[0].Locations[0].CidrList", "S9"));
    }
}
