package dev.failoverstudio.app;

import dev.failoverstudio.ui.vm.LastDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LastDesignFileTest {

    @TempDir
    Path dir;

    @Test
    void aFirstStartRemembersNothing() {
        assertThat(new LastDesignFile(dir.resolve("not-yet")).load()).isEmpty();
    }

    @Test
    void aFileIsRememberedAsAnAbsolutePathWhateverItsCharacters() {
        Path design = dir.resolve("设计 ü.json");
        new LastDesignFile(dir).save(new LastDesign.File(design));

        assertThat(new LastDesignFile(dir).load()).contains(new LastDesign.File(design.toAbsolutePath()));
    }

    @Test
    void aSampleIsRememberedByName() {
        LastDesignFile store = new LastDesignFile(dir);
        store.save(new LastDesign.File(dir.resolve("a.json")));
        store.save(new LastDesign.Sample("active-passive-failover.json"));

        assertThat(store.load()).contains(new LastDesign.Sample("active-passive-failover.json"));
    }

    @Test
    void aBrokenFileRemembersNothingInsteadOfFailing() throws Exception {
        Files.writeString(dir.resolve("last-design.properties"), "file=\\u00zz broken escape\n");
        assertThat(new LastDesignFile(dir).load()).isEmpty();

        Files.writeString(dir.resolve("last-design.properties"), "sample=../../etc/passwd\n");
        assertThat(new LastDesignFile(dir).load()).as("a sample name is a bare file name").isEmpty();

        Files.writeString(dir.resolve("last-design.properties"), "file=\u0000bad\n");
        assertThat(new LastDesignFile(dir).load()).isEmpty();
    }

    @Test
    void anUnwritableDirectoryIsIgnored() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the directory should be");
        LastDesignFile store = new LastDesignFile(blocker.resolve("config"));

        store.save(new LastDesign.Sample("x.json"));

        assertThat(store.load()).isEmpty();
    }
}
