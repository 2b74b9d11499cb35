package dev.failoverstudio.ui.drill.vm;

import java.util.Locale;

/** Parsing and showing the numbers of drill forms and figures. */
final class Numbers {

    private Numbers() {
    }

    static double parse(String field, String text) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number, got '" + text + "'");
        }
    }

    static String format(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String seconds(Double value) {
        return value == null ? "—" : format(value) + " s";
    }

    static String percent(double share) {
        return format(share * 100) + " %";
    }
}
