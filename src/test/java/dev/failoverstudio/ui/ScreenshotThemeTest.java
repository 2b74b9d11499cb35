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
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code screenshot --theme light|dark} renders the window in that theme; anything else is refused. */
class ScreenshotThemeTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void keepToolkitForTheNextTest() {
        System.setProperty("failoverstudio.keepToolkit", "true");
    }

    private int run(StringWriter err, String... args) {
        return FailoverStudioCommand.commandLine(Services.create(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute(args);
    }

    private double canvasBrightness(String theme) throws Exception {
        Path png = temp.resolve(theme + ".png");
        StringWriter err = new StringWriter();
        int status = run(err, "screenshot", "--design", "samples/latency-weighted-tree.json", "--out", png.toString(),
                "--width", "1000", "--height", "700", "--theme", theme);
        assertThat(status).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        // The whole window, sampled: the canvas and the panels dominate it.
        double sum = 0;
        int n = 0;
        for (int y = 80; y < image.getHeight() - 30; y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void darkIsDarkAndLightIsLight() throws Exception {
        assertThat(canvasBrightness("light")).isGreaterThan(0.75);
        assertThat(canvasBrightness("dark")).isLessThan(0.25);
    }

    @Test
    void anUnknownThemeExitsTwo() {
        StringWriter err = new StringWriter();
        int status = run(err, "screenshot", "--design", "samples/latency-weighted-tree.json", "--out",
                temp.resolve("x.png").toString(), "--theme", "sepia");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--theme").contains("sepia");
        assertThat(temp.resolve("x.png")).doesNotExist();
    }
}
