package dev.failoverstudio.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palette is defined once (issue "Samples, packaging and the first ten minutes", themes): literal colours
 * appear only as looked-up colour definitions on {@code .root} in failover-studio.css (light) and theme-dark.css
 * (dark); every other rule of every stylesheet uses the names; the dark theme redefines every name the light one
 * defines; views set no inline styles or colours.
 */
class StylesheetPaletteTest {

    private static final Path CSS = Path.of("src/main/resources/dev/failoverstudio/ui");
    private static final Path VIEWS = Path.of("src/main/java/dev/failoverstudio/ui");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern LITERAL = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsba?\\(|\\b(white|black|red|green|blue|orange|yellow|purple|gray|grey)\\b");
    private static final Pattern DEFINITION = Pattern.compile("(-fs-[a-z0-9-]+)\\s*:");
    private static final Pattern USE = Pattern.compile(":[^;]*?(-fs-[a-z0-9-]+)");

    private static String read(Path p) {
        try {
            return Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> rootDefinitions(String css) {
        Map<String, String> defs = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            if (rule.group(1).strip().equals(".root")) {
                for (String decl : rule.group(2).split(";")) {
                    String[] kv = decl.split(":", 2);
                    if (kv.length == 2 && kv[0].strip().startsWith("-fs-")) {
                        defs.put(kv[0].strip(), kv[1].strip());
                    }
                }
            }
        }
        return defs;
    }

    @Test
    void literalColoursOnlyDefineThePaletteOnRoot() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(CSS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                boolean palette = Set.of("failover-studio.css", "theme-dark.css").contains(file.getFileName().toString());
                Matcher rule = RULE.matcher(read(file));
                while (rule.find()) {
                    boolean root = palette && rule.group(1).strip().equals(".root");
                    for (String decl : rule.group(2).split(";")) {
                        String[] kv = decl.split(":", 2);
                        if (kv.length < 2 || !LITERAL.matcher(kv[1]).find()) {
                            continue;
                        }
                        String property = kv[0].strip();
                        if (!(root && (property.startsWith("-fs-") || property.startsWith("-fx-")))) {
                            offenders.add(file.getFileName() + " " + rule.group(1).strip() + " { " + decl.strip() + " }");
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyNameUsedIsDefinedAndTheDarkThemeRedefinesThemAll() throws IOException {
        Map<String, String> light = rootDefinitions(read(CSS.resolve("failover-studio.css")));
        Map<String, String> dark = rootDefinitions(read(CSS.resolve("theme-dark.css")));
        assertThat(light).hasSizeGreaterThan(40);
        assertThat(dark.keySet()).as("names the dark theme leaves light").containsAll(light.keySet());

        Set<String> defined = new TreeSet<>(light.keySet());
        defined.addAll(dark.keySet());
        Set<String> undefined = new TreeSet<>();
        try (Stream<Path> files = Files.list(CSS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String css = read(file);
                Matcher local = DEFINITION.matcher(css);
                while (local.find()) {
                    defined.add(local.group(1)); // panel-level aliases such as -fs-unhealthy-bg
                }
                Matcher use = USE.matcher(css);
                while (use.find()) {
                    undefined.add(use.group(1));
                }
            }
        }
        undefined.removeAll(defined);
        assertThat(undefined).as("colour names used but never defined").isEmpty();
    }

    @Test
    void viewsSetNoInlineStylesOrColours() throws IOException {
        Pattern inline = Pattern.compile("\\.setStyle\\(|Color\\.(web|rgb|color|hsb)\\(");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (inline.matcher(lines.get(i)).find()) {
                        offenders.add(VIEWS.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
