package dev.failoverstudio.cli;

import dev.failoverstudio.io.AtomicFiles;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.ui.WindowSnapshot;
import dev.failoverstudio.ui.vm.Theme;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** {@code screenshot}: the designer window with a design, rendered to PNG without a display. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = {"Render the main window with a design to a PNG file, headless (no display needed).",
                "Exits 2 when the design cannot be read."})
final class ScreenshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--design", required = true, paramLabel = "FILE",
            description = "project file, scenario file or Route 53 list output")
    Path design;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "the image to write")
    Path out;

    @Option(names = "--width", defaultValue = "1400", paramLabel = "W", description = "window width (default 1400)")
    int width;

    @Option(names = "--height", defaultValue = "880", paramLabel = "H", description = "window height (default 880)")
    int height;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME",
            description = "light (default) or dark")
    String theme;

    private final Services services;

    ScreenshotCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (width < 400 || height < 300 || width > 8000 || height > 8000) {
            spec.commandLine().getErr().println("screenshot: --width must be 400-8000 and --height 300-8000");
            return 2;
        }
        Theme look = Theme.parse(theme).filter(t -> t != Theme.SYSTEM).orElse(null);
        if (look == null) {
            spec.commandLine().getErr().println("screenshot: --theme must be light or dark, not '" + theme + "'");
            return 2;
        }
        WindowSnapshot.useHeadlessPlatform(width, height);
        WindowSnapshot.startToolkit();
        try {
            BufferedImage image = WindowSnapshot.render(services, design, width, height, look);
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            AtomicFiles.write(out, png.toByteArray());
            spec.commandLine().getOut().println("wrote " + out + " (" + image.getWidth() + "x" + image.getHeight() + ")");
            return 0;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            spec.commandLine().getErr().println("screenshot: " + cause.getMessage());
            return 2;
        } catch (TimeoutException | IOException e) {
            spec.commandLine().getErr().println("screenshot: " + e.getMessage());
            return 2;
        } finally {
            if (!Boolean.getBoolean("failoverstudio.keepToolkit")) {
                Platform.exit();
            }
        }
    }
}
