package dev.failoverstudio.ui.fx;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The window icon in every size a desktop asks for, rendered from {@code assets/icons/failover-studio.svg}
 * (see assets/icons/README.md): the window manager picks the size that suits its scale, so the icon is sharp on a
 * 4K screen as well as in a 16-pixel task bar.
 */
public final class AppIcons {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/dev/failoverstudio/ui/icons/app-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // a missing size only means the desktop scales another one
            }
        }
        return icons;
    }

    /** Gives {@code stage} the application's icons. */
    public static void install(Stage stage) {
        stage.getIcons().setAll(load());
    }
}
