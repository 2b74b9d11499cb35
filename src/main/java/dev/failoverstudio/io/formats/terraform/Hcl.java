package dev.failoverstudio.io.formats.terraform;

import java.util.List;

/** HCL literals: quoted strings with Terraform's escapes, lists, and resource labels. */
final class Hcl {

    private Hcl() {
    }

    /** A quoted HCL string; {@code ${} and {@code %{} are doubled so Terraform takes them literally. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> {
                    out.append(c);
                    if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String strings(List<String> values) {
        return "[" + String.join(", ", values.stream().map(Hcl::string).toList()) + "]";
    }

    /** A resource label: letters, digits and underscores, starting with a letter. */
    static String label(String text) {
        String label = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (label.isEmpty() || !Character.isLetter(label.charAt(0))) {
            label = "r_" + label;
        }
        return label.length() > 120 ? label.substring(0, 120) : label;
    }
}
