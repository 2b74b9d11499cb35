package dev.failoverstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench --startup N}: launch to a shown, populated designer window (its first frame with the design drawn,
 * and its first frame with every panel in) against launch to a blank JavaFX window, each started N times in fresh
 * JVMs, alternating, in the same run (issue "Samples, packaging and the first ten minutes": target at most 1.5x).
 * Without a display the windows render on Monocle's headless platform.
 */
final class StartupBench {

    private final PrintWriter out;

    StartupBench(PrintWriter out) {
        this.out = out;
    }

    /**
     * @param cdsArchive an AppCDS archive both windows start with (the same JVM flags for both, so the comparison
     *                   stays fair), made by one untimed designer start when the file is missing; null for none
     * @param javaOptions JVM options both windows start with (e.g. the packaged launcher's)
     * @return the exit status: 0 measured, 2 a start failed
     */
    int run(int runs, Path design, Path cdsArchive, List<String> javaOptions)
            throws IOException, InterruptedException {
        boolean headless = System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank();
        List<String> jvm = new ArrayList<>(javaOptions);
        if (cdsArchive != null) {
            if (!Files.isRegularFile(cdsArchive)) {
                List<String> dump = List.of("-XX:ArchiveClassesAtExit=" + cdsArchive.toAbsolutePath());
                probe(headless, dump, "designer", design.toString()); // untimed; the JVM's dump notes are no figure
                if (!Files.isRegularFile(cdsArchive)) {
                    out.println("startup: the AppCDS archive " + cdsArchive + " could not be made (the class path"
                            + " must be jars only: run with java -jar)");
                    return 2;
                }
            }
            jvm.add("-XX:SharedArchiveFile=" + cdsArchive.toAbsolutePath());
        }
        List<Long> blank = new ArrayList<>();
        List<Long> drawn = new ArrayList<>();
        List<Long> complete = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<Long> b = probe(headless, jvm, "blank");
            List<Long> d = probe(headless, jvm, "designer", design.toString());
            if (b.size() != 1 || d.size() != 2) {
                out.println("startup: a probe did not report its frames");
                return 2;
            }
            blank.add(b.get(0));
            drawn.add(d.get(0));
            complete.add(d.get(1));
        }
        long mb = median(blank);
        long md = median(drawn);
        long mc = median(complete);
        out.printf(Locale.ROOT, "Launch to first complete frame, %d fresh starts each, %s; the designer opens %s%s%s%n",
                runs, headless ? "headless (Monocle, software rendering)" : "on the display", design,
                cdsArchive == null ? "" : "; both with the AppCDS archive " + cdsArchive,
                javaOptions.isEmpty() ? "" : "; both with " + String.join(" ", javaOptions));
        out.printf(Locale.ROOT, "window                      median ms   all runs%n");
        out.printf(Locale.ROOT, "blank JavaFX                %9d   %s%n", mb, blank);
        out.printf(Locale.ROOT, "designer, design drawn      %9d   %s%n", md, drawn);
        out.printf(Locale.ROOT, "designer, every panel in    %9d   %s%n", mc, complete);
        out.printf(Locale.ROOT, "ratio, design drawn         %9.2fx  (target at most 1.5x)%n", md / (double) mb);
        out.printf(Locale.ROOT, "ratio, every panel in       %9.2fx%n", mc / (double) mb);
        out.flush();
        return 0;
    }

    /** The probe's figures, one a line; empty when it failed. */
    private static List<Long> probe(boolean headless, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupProbe.class.getName()));
        command.addAll(List.of(args));
        if (headless) {
            command.add("--headless");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return List.of();
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0) {
            return List.of();
        }
        List<Long> figures = new ArrayList<>();
        try {
            for (String line : text.split("\\R")) {
                figures.add(Long.parseLong(line.strip()));
            }
        } catch (NumberFormatException e) {
            return List.of();
        }
        return figures;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
