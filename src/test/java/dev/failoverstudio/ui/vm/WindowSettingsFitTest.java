package dev.failoverstudio.ui.vm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window opens whole on the screen it is on: readable on a 1366 x 768 laptop (issue 7). */
class WindowSettingsFitTest {

    private static WindowSettings at(double x, double y, double w, double h) {
        return new WindowSettings(x, y, w, h, false, List.of(0.2), List.of());
    }

    @Test
    void theDefaultWindowShrinksToALaptopScreenAndStaysCentred() {
        WindowSettings fitted = WindowSettings.DEFAULTS.fittedTo(0, 0, 1366, 740);
        assertThat(fitted.width()).isEqualTo(1366);
        assertThat(fitted.height()).isEqualTo(740);
        assertThat(fitted.x()).isNaN();
        assertThat(fitted.y()).isNaN();
    }

    @Test
    void aWindowThatFitsIsLeftAsItWas() {
        WindowSettings remembered = at(100, 50, 1200, 700);
        assertThat(remembered.fittedTo(0, 0, 1920, 1040)).isEqualTo(remembered);
    }

    @Test
    void aWindowHangingOffTheScreenIsMovedInside() {
        WindowSettings fitted = at(1500, 900, 1200, 700).fittedTo(0, 0, 1920, 1040);
        assertThat(fitted.x()).isEqualTo(720);
        assertThat(fitted.y()).isEqualTo(340);
        assertThat(fitted.width()).isEqualTo(1200);
    }

    @Test
    void aWindowLeftOfASecondScreensOriginIsMovedOntoIt() {
        WindowSettings fitted = at(-3000, -20, 2560, 1400).fittedTo(-1920, 0, 1920, 1050);
        assertThat(fitted.x()).isEqualTo(-1920);
        assertThat(fitted.y()).isEqualTo(0);
        assertThat(fitted.width()).isEqualTo(1920);
        assertThat(fitted.height()).isEqualTo(1050);
    }
}
