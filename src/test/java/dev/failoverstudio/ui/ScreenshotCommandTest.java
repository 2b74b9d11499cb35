package dev.failoverstudio.ui;

import dev.failoverstudio.app.Services;
import dev.failoverstudio.cli.FailoverStudioCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code screenshot} renders the window headless to a PNG of the asked size, and reports unreadable designs. */
class ScreenshotCommandTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void keepToolkitForTheNextTest() {
        System.setProperty("failoverstudio.keepToolkit", "true");
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        return FailoverStudioCommand.commandLine(Services.create(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
    }

    @Test
    void rendersTheWindowWithTheDesignToAPng() throws Exception {
        Path png = temp.resolve("shot.png");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = run(out, err, "screenshot", "--design", "samples/latency-weighted-tree.json", "--out",
                png.toString(), "--width", "1200", "--height", "800");

        assertThat(status).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        // Not a blank image: the cards, edges and panels give many distinct colours.
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(20);
        assertThat(out.toString()).contains("1200x800");
    }

    @Test
    void anUnreadableDesignExitsTwoWithTheReasonAndWritesNothing() throws Exception {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        Path png = temp.resolve("never.png");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = run(out, err, "screenshot", "--design", broken.toString(), "--out", png.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("broken.json");
        assertThat(png).doesNotExist();
    }
}
