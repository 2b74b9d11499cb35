package dev.failoverstudio.ui;

import dev.failoverstudio.ui.fx.ThemeSwitcher;
import dev.failoverstudio.ui.vm.Theme;
import dev.failoverstudio.ui.vm.ThemeStore;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Light and dark themes (issue "Samples, packaging and the first ten minutes", fourth point): View > Theme switches
 * live and the choice is remembered; in both themes the canvas's text, status badges and the answer's path keep
 * WCAG contrast against what they are drawn on (4.5:1 for text, 3:1 for lines).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    @TempDir
    static Path temp;

    private DesignerWindowFixture fx;
    private final ThemeStore store = ThemeStore.inMemory(Theme.LIGHT);

    @Start
    void start(Stage stage) {
        fx = new DesignerWindowFixture(stage, temp);
        fx.window.themes().restore(store, false);
        fx.session.files().open(Path.of("samples/latency-weighted-tree.json"));
    }

    private Color canvasBackground() {
        return (Color) fx.canvas().getBackground().getFills().get(0).getFill();
    }

    @Test
    void viewThemeSwitchesLiveAndIsRemembered(FxRobot robot) {
        Color light = canvasBackground();
        assertThat(brightness(light)).isGreaterThan(0.8);

        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> sheets = fx.window.getScene().getStylesheets();
        assertThat(sheets.get(sheets.size() - 1)).isEqualTo(ThemeSwitcher.DARK_STYLESHEET);
        robot.interact(() -> fx.window.applyCss());
        assertThat(brightness(canvasBackground())).isLessThan(0.2);
        assertThat(store.load()).isEqualTo(Theme.DARK);

        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fx.window.applyCss());
        assertThat(canvasBackground()).isEqualTo(light);
        assertThat(fx.window.getScene().getStylesheets()).doesNotContain(ThemeSwitcher.DARK_STYLESHEET);
        assertThat(store.load()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void followSystemShowsWhatTheDesktopPrefers(FxRobot robot) {
        robot.interact(() -> fx.window.themes().restore(ThemeStore.inMemory(Theme.SYSTEM), true));
        assertThat(fx.window.themes().shownProperty().get()).isEqualTo(Theme.DARK);
        assertThat(fx.window.getScene().getStylesheets()).contains(ThemeSwitcher.DARK_STYLESHEET);
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu themes = (javafx.scene.control.Menu) bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-theme".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(themes.getItems()).extracting(i -> ((RadioMenuItem) i).isSelected() ? i.getText() : null)
                .containsOnlyOnce("Follow System");
        robot.interact(() -> fx.window.themes().restore(ThemeStore.inMemory(Theme.SYSTEM), false));
        assertThat(fx.window.getScene().getStylesheets()).doesNotContain(ThemeSwitcher.DARK_STYLESHEET);
    }

    @Test
    void canvasTextBadgesAndPathKeepTheirContrastInBothThemes(FxRobot robot) {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> {
                fx.window.themes().choose(theme);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> low = new ArrayList<>();
            robot.interact(() -> {
                fx.window.applyCss();
                fx.window.layout();
                Color canvas = canvasBackground();
                for (Node card : fx.canvas().lookupAll(".group-card")) {
                    Color cardFill = innermost(((Region) card).getBackground());
                    for (Node n : card.lookupAll(".row-answer")) {
                        check(low, theme + " row answer " + ((Label) n).getText(), ((Label) n).getTextFill(),
                                background(n, cardFill), 4.5);
                    }
                    for (Node n : card.lookupAll(".card-title")) {
                        check(low, theme + " card title", ((Label) n).getTextFill(), background(n, cardFill), 4.5);
                    }
                    for (Node n : card.lookupAll(".card-subtitle")) {
                        check(low, theme + " card subtitle", ((Label) n).getTextFill(), background(n, cardFill), 4.5);
                    }
                }
                for (Node n : fx.canvas().lookupAll(".health-status")) {
                    Label badge = (Label) n;
                    check(low, theme + " status badge " + badge.getText(), badge.getTextFill(),
                            innermost(badge.getBackground()), 4.5);
                }
                for (Node n : fx.canvas().lookupAll(".path-edge")) {
                    check(low, theme + " answer path", ((Shape) n).getStroke(), canvas, 3);
                }
                for (Node n : fx.canvas().lookupAll(".health-edge")) {
                    check(low, theme + " health edge", ((Shape) n).getStroke(), canvas, 3);
                }
            });
            assertThat(low).as(theme + ": colour pairs below their contrast").isEmpty();
            assertThat(fx.canvas().lookupAll(".path-edge")).as("the sample lights a path").isNotEmpty();
        }
    }

    /** The fill behind {@code n}: the nearest ancestor (up to the card) with a background, else the card's. */
    private static Color background(Node n, Color cardFill) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("card")) {
                return cardFill;
            }
            if (p instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                Color c = innermost(r.getBackground());
                if (c != null && c.getOpacity() > 0.5) {
                    return c;
                }
            }
        }
        return cardFill;
    }

    private static Color innermost(Background background) {
        List<BackgroundFill> fills = background.getFills();
        Paint p = fills.get(fills.size() - 1).getFill();
        return p instanceof Color c ? c : null;
    }

    private static void check(List<String> low, String what, Paint fore, Color back, double minimum) {
        double ratio = contrast((Color) fore, back);
        if (ratio < minimum) {
            low.add(String.format("%s: %.2f (%s on %s)", what, ratio, fore, back));
        }
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double brightness(Color c) {
        return luminance(c);
    }
}
