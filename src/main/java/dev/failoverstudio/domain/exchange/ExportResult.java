package dev.failoverstudio.domain.exchange;

import java.util.List;

/**
 * The files of one export and the notes about what the format could not carry or what the user must do.
 * Invariant: at least one file; file names are unique.
 */
public record ExportResult(List<ExportedFile> files, List<ExportNote> notes) {

    public ExportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an export produces at least one file");
        }
        if (files.stream().map(ExportedFile::name).distinct().count() != files.size()) {
            throw new IllegalArgumentException("file names of an export must be unique");
        }
    }

    /** The first (main) file, e.g. the template or the first change batch. */
    public ExportedFile main() {
        return files.get(0);
    }

    /** Every file, each preceded by its name, for a single preview text. */
    public String preview() {
        if (files.size() == 1) {
            return files.get(0).text();
        }
        StringBuilder out = new StringBuilder();
        for (ExportedFile file : files) {
            out.append("==> ").append(file.name()).append(" <==\n").append(file.text());
            if (!file.text().endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
